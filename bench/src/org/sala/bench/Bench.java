package org.sala.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sala's benchmark and load client, in three parts:
 *
 * <ul>
 * <li>the data set: {@link BenchFill} fills the database in SQL;
 * <li>the client: {@link Tab} speaks Vaadin's protocol over HTTP as a browser tab does (page GET,
 * then UIDL requests with the page's CSRF token, sync id and client id; nothing on the server is
 * switched off for it), reading the server's JSON with Jackson ({@link Uidl}); {@link Commenter},
 * {@link Moderator} and {@link Mix} are the people, {@link LoadRun} the benchmark's measurements;
 * <li>the report: {@link BenchReport} collects the result rows, writes them out and regenerates the
 * table of figures in docs/benchmark.md.
 * </ul>
 *
 * <p>bench/run.sh compiles these sources with {@code javac} against the jars in
 * {@code target/bench/client-lib} (Jackson, the MariaDB driver) and runs them from
 * {@code target/bench/classes}; the test suite compiles the same sources for its load and outage test.
 *
 * <pre>java -cp CP org.sala.bench.Bench fill --db-port P --posts N --comments M
 * java -cp CP org.sala.bench.Bench run --url http://127.0.0.1:8080 --pid PID [--seconds 20] [--sessions 1000]
 * java -cp CP org.sala.bench.Bench report --results target/bench/results.tsv [--merge bench/results/last.tsv] --doc docs/benchmark.md</pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args[0]) {
            case "fill" -> BenchFill.fill(opts);
            case "post-path" -> System.out.println(BenchFill.postPath(Integer.parseInt(opts.getOrDefault("posts", "100000"))));
            case "run" -> command("LoadRun", "run", opts);
            case "tabs" -> command("LoadRun", "holdTabs", opts);
            case "report" -> command("BenchReport", "report", opts);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * Runs a command of the client or the report part, found by name: this class refers to no
     * class that needs Jackson, so that Java's source launcher, which compiles the classes the
     * launch file refers to, can still run {@code fill} and {@code post-path} with the MariaDB driver
     * alone ({@code java -cp mariadb-java-client.jar bench/src/org/sala/bench/Bench.java fill …},
     * as ../shared/peer-bench/03-sala-up.sh does). The other commands compile and load on demand.
     */
    private static void command(String className, String method, Map<String, String> opts) throws Exception {
        Method command = Class.forName(Bench.class.getPackageName() + "." + className).getDeclaredMethod(method, Map.class);
        try {
            command.invoke(null, opts);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            throw e;
        }
    }
}
