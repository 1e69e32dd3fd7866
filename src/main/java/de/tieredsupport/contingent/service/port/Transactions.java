package de.tieredsupport.contingent.service.port;

import java.util.function.Supplier;

/** Database transactions (Active Objects' executeInTransaction in production). */
public interface Transactions {

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    <T> T inTransaction(Supplier<T> work);
}
