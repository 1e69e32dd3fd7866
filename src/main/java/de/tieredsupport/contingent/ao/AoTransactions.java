package de.tieredsupport.contingent.ao;

import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.port.Transactions;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One database transaction through AO's facade; a runtime exception rolls it back. */
@Named
public final class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    @Inject
    public AoTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
