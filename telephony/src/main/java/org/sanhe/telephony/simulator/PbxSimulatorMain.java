package org.sanhe.telephony.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator by hand until killed: {@code PbxSimulatorMain [port] [callsPerSecond] [seed] [username]
 * [secret]} (defaults 5038, 0.5, 1, dispatch, dispatch). The server's {@code simulate-pbx} command supersedes it.
 */
public final class PbxSimulatorMain {

    private PbxSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 5038;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        String username = args.length > 3 ? args[3] : "dispatch";
        String secret = args.length > 4 ? args[4] : "dispatch";
        SimulatorOptions options = SimulatorOptions.of(username, secret).withPort(port)
                .withGenerator(GeneratorOptions.defaults(seed).withRate(rate, 0));
        PbxSimulator simulator = PbxSimulator.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "pbx-sim-shutdown"));
        System.out.println("PBX simulator on 127.0.0.1:" + simulator.port() + ", " + rate + " calls/s, seed " + seed);
        new CountDownLatch(1).await();
    }
}
