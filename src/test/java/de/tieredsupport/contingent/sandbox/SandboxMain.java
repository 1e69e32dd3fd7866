package de.tieredsupport.contingent.sandbox;

/**
 * Starts the sandbox from the command line ({@code mvn -Psandbox}), prints its URL and runs until Ctrl-C.
 * See {@link SandboxOptions} for the options.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.println(SandboxOptions.USAGE);
            return;
        }
        long started = System.nanoTime();
        Sandbox sandbox = Sandbox.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the sandbox …");
            sandbox.close();
        }, "sandbox-shutdown"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println();
        System.out.println("Support Contingent sandbox is ready at " + sandbox.baseUrl() + "/");
        System.out.println("  REST:      " + sandbox.restUrl() + "/");
        System.out.println("  Database:  " + sandbox.databaseDescription() + " (demo data: " + sandbox.demoData() + ")");
        System.out.println("  Users:     admin, manager, agent, outsider (switch in the page header)");
        System.out.println("  Started in " + millis + " ms. Press Ctrl-C to stop.");
        sandbox.join();
    }
}
