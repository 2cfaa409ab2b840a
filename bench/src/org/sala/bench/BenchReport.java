package org.sala.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark's results: the rows a run collects ({@link #row}, {@link #timings}), written to
 * {@code target/bench/results.{tsv,csv,json,md}}, and the one table of figures in docs/benchmark.md,
 * which {@code Bench.java report} regenerates between {@value #START} and {@value #END} from a
 * results file (bench/results/last.tsv holds the figures the doc shows, each row with the date,
 * run and machine it was measured on).
 *
 * <p>A results file is tab-separated: a header line of column names, then one row per line; an
 * empty cell is a figure not taken. The columns {@code measured}, {@code run} and {@code machine}
 * say where a row comes from; {@code measure} and {@code concurrency} name it; the others are
 * figures ({@code per_s}, {@code p50_ms}, …), free text where a figure is a range or a remark
 * ({@code note}). A {@code .json} results file (an array of objects) is read as well.
 */
public final class BenchReport {

    static final String START = "<!-- bench:table:start -->";
    static final String END = "<!-- bench:table:end -->";
    /** Where a row comes from: written first in a results file, shown in the table's caption. */
    static final List<String> ORIGIN = List.of("measured", "run", "machine");
    /** The figures that have a column of their own in the doc's table, with its heading. */
    static final Map<String, String> COLUMNS = columns("per_s", "per s", "p50_ms", "p50 ms", "p95_ms", "p95 ms",
            "p99_ms", "p99 ms", "uidl_p95_ms", "UIDL p95 ms", "errors", "errors");

    /** The rows this run measured, in order. */
    static final List<Map<String, Object>> rows = new ArrayList<>();

    private BenchReport() {
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) columns.put(pairs[i], pairs[i + 1]);
        return columns;
    }

    // ---------------------------------------------------------------- collecting rows

    static Map<String, Object> row(String name, int concurrency) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", name);
        row.put("concurrency", concurrency);
        return row;
    }

    static void timings(String name, List<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).toArray();
        Map<String, Object> row = row(name, 1);
        row.put("p50_ms", pct(v, 50));
        row.put("p95_ms", pct(v, 95));
        row.put("p99_ms", pct(v, 99));
        rows.add(row);
        System.out.printf(Locale.ROOT, "%-55s p50 %7.1f  max %7.1f ms (%d tries)%n", name, pct(v, 50), pct(v, 100), v.length);
    }

    /** The p-th percentile (nearest rank) of these nanosecond timings, in milliseconds. */
    public static double pct(long[] values, int p) {
        if (values.length == 0) return Double.NaN;
        long[] v = values.clone();
        Arrays.sort(v);
        return v[Math.max(0, Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1))] / 1e6;
    }

    static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return d.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", d);
        return v.toString();
    }

    // ---------------------------------------------------------------- writing a run's results

    /**
     * Writes this run's rows to {@code results.tsv} (with the date, run and machine, for
     * {@code report}), {@code results.csv}, {@code results.json} and {@code results.md}, and prints the table.
     */
    static void write(Path out, String run, String machine) throws IOException {
        List<String> keys = new ArrayList<>();
        rows.forEach(r -> r.keySet().forEach(k -> { if (!keys.contains(k)) keys.add(k); }));
        StringBuilder csv = new StringBuilder(String.join(",", keys)).append('\n');
        StringBuilder table = new StringBuilder("| " + String.join(" | ", keys) + " |\n|"
                + "---|".repeat(keys.size()) + "\n");
        ArrayNode json = Uidl.array();
        List<Map<String, String>> tsv = new ArrayList<>();
        String today = LocalDate.now().toString();
        for (Map<String, Object> r : rows) {
            List<String> cells = keys.stream().map(k -> format(r.get(k))).toList();
            csv.append(cells.stream().map(c -> c.contains(",") || c.contains("'") ? "\"" + c + "\"" : c)
                    .collect(Collectors.joining(","))).append('\n');
            table.append("| ").append(String.join(" | ", cells)).append(" |\n");
            ObjectNode object = json.addObject();
            r.forEach((k, v) -> {
                String text = format(v);
                if (v == null || text.isEmpty()) object.putNull(k);
                else if (v instanceof Number) object.put(k, new BigDecimal(text));
                else object.put(k, text);
            });
            Map<String, String> line = new LinkedHashMap<>();
            line.put("measured", today);
            line.put("run", run);
            line.put("machine", machine);
            r.forEach((k, v) -> line.put(k, format(v)));
            tsv.add(line);
        }
        writeTsv(out.resolve("results.tsv"), tsv);
        Files.writeString(out.resolve("results.csv"), csv);
        Files.writeString(out.resolve("results.json"), Uidl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        Files.writeString(out.resolve("results.md"), table);
        System.out.println();
        System.out.print(table);
    }

    /** This machine as a row's {@code machine} says it: cores, processor, memory, host name. */
    static String machine() {
        String cpu = "";
        long memoryKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux: cores and host name only
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "?";
        }
        return Runtime.getRuntime().availableProcessors() + " cores" + (cpu.isEmpty() ? "" : " (" + cpu + ")")
                + (memoryKb == 0 ? "" : String.format(Locale.ROOT, ", %.0f GB", memoryKb / 1048576.0)) + ", host " + host
                + "; the load client, Sala and MariaDB share it";
    }

    // ---------------------------------------------------------------- results files

    /** Reads a results file: tab-separated with a header line, or (ending in .json) an array of objects. */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> result = new ArrayList<>();
        if (file.toString().endsWith(".json")) {
            for (JsonNode object : Uidl.MAPPER.readTree(Files.readString(file))) {
                Map<String, String> row = new LinkedHashMap<>();
                object.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asString()));
                result.add(row);
            }
            return result;
        }
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) return result;
        String[] header = lines.getFirst().split("\t", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > header.length) {
                throw new IllegalArgumentException(file + ": more cells than columns in: " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], i < cells.length ? cells[i].strip() : "");
            result.add(row);
        }
        return result;
    }

    /** Writes rows as a results file, the origin columns first, then every other column in order of appearance. */
    static void writeTsv(Path file, List<Map<String, String>> rows) throws IOException {
        Set<String> keys = new LinkedHashSet<>(ORIGIN);
        keys.add("measure");
        keys.add("concurrency");
        rows.forEach(r -> keys.addAll(r.keySet()));
        StringBuilder text = new StringBuilder(String.join("\t", keys)).append('\n');
        for (Map<String, String> r : rows) {
            text.append(keys.stream().map(k -> r.getOrDefault(k, "").replaceAll("[\t\r\n]+", " "))
                    .collect(Collectors.joining("\t"))).append('\n');
        }
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * The rows kept, with the newer ones merged in: a newer row replaces the kept row of the same
     * measure and concurrency where it stands; newer rows of measures not kept come at the end.
     */
    static List<Map<String, String>> merge(List<Map<String, String>> kept, List<Map<String, String>> newer) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        kept.forEach(r -> byKey.put(key(r), r));
        newer.forEach(r -> byKey.put(key(r), r));
        return List.copyOf(byKey.values());
    }

    private static String key(Map<String, String> row) {
        return row.getOrDefault("measure", "") + "\t" + row.getOrDefault("concurrency", "");
    }

    // ---------------------------------------------------------------- the doc's table

    /**
     * {@code report --results FILE[,FILE…] [--merge KEPT.tsv] [--doc docs/benchmark.md]}: reads the
     * results files; with {@code --merge}, merges them into that file (see {@link #merge}) and
     * reports what it then holds; replaces the doc's table with the table of these rows (or prints it).
     */
    static void report(Map<String, String> o) throws IOException {
        List<Map<String, String>> results = new ArrayList<>();
        for (String name : o.getOrDefault("results", "target/bench/results.tsv").split(",")) {
            Path file = Path.of(name.strip());
            if (Files.exists(file)) {
                results.addAll(read(file));
            } else {
                System.err.println("report: no " + file + ", left out");
            }
        }
        if (o.containsKey("merge")) {
            Path kept = Path.of(o.get("merge"));
            results = merge(Files.exists(kept) ? read(kept) : List.of(), results);
            writeTsv(kept, results);
            System.out.println("report: " + kept + " holds " + results.size() + " rows");
        }
        String table = table(results, o.containsKey("merge") ? o.get("merge") : o.getOrDefault("results", ""));
        if (o.containsKey("doc")) {
            Path doc = Path.of(o.get("doc"));
            Files.writeString(doc, replaceTable(Files.readString(doc), table));
            System.out.println("report: the table in " + doc + " has " + results.size() + " rows");
        } else {
            System.out.print(table);
        }
    }

    /**
     * The table of these rows, as the doc shows it: a caption numbering the runs the rows come
     * from (date, run, machine), then one line per row, the row's run by its number.
     */
    static String table(List<Map<String, String>> rows, String source) {
        List<String> runs = new ArrayList<>();
        Set<String> machines = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            String run = origin(r);
            if (!runs.contains(run)) runs.add(run);
            machines.add(orNotRecorded(r.get("machine")));
        }
        StringBuilder t = new StringBuilder("<!-- Written by `Bench.java report` from " + source
                + "; change that file (or run bench/run.sh), not this table. -->\n\n");
        boolean oneMachine = machines.size() == 1;
        if (oneMachine) t.append("Machine: ").append(machines.iterator().next()).append(".\n\n");
        t.append("Runs:\n\n");
        for (int i = 0; i < runs.size(); i++) {
            String[] run = runs.get(i).split("\t", -1);
            t.append(i + 1).append(". ").append(run[0]).append(": ").append(run[1])
                    .append(oneMachine ? "" : "; machine: " + run[2]).append('\n');
        }
        t.append("\n| measure | concurrency | ").append(String.join(" | ", COLUMNS.values()))
                .append(" | more | measured |\n|").append("---|".repeat(COLUMNS.size() + 4)).append('\n');
        for (Map<String, String> r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(r.getOrDefault("measure", ""));
            cells.add(r.getOrDefault("concurrency", ""));
            COLUMNS.keySet().forEach(k -> cells.add(figure(r.getOrDefault(k, ""))));
            cells.add(more(r));
            cells.add(orNotRecorded(r.get("measured")) + " (" + (runs.indexOf(origin(r)) + 1) + ")");
            t.append("| ").append(cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return t.toString();
    }

    private static String origin(Map<String, String> r) {
        return orNotRecorded(r.get("measured")) + "\t" + orNotRecorded(r.get("run")) + "\t" + orNotRecorded(r.get("machine"));
    }

    private static String orNotRecorded(String text) {
        return text == null || text.isBlank() ? "not recorded" : text;
    }

    /** The figures without a column of their own, as "name: value; …", the note last. */
    private static String more(Map<String, String> r) {
        List<String> parts = new ArrayList<>();
        r.forEach((k, v) -> {
            if (!v.isBlank() && !ORIGIN.contains(k) && !k.equals("measure") && !k.equals("concurrency")
                    && !COLUMNS.containsKey(k) && !k.equals("note")) {
                parts.add(k.replace('_', ' ') + ": " + figure(v));
            }
        });
        if (!r.getOrDefault("note", "").isBlank()) parts.add(r.get("note"));
        return String.join("; ", parts);
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * A figure as the doc writes it: from 1,000 on in whole numbers with separators, below as
     * measured; each end of a range ("4700–5100") the same way; any other text as it is.
     */
    static String figure(String value) {
        String[] ends = value.split("–", -1);
        if (ends.length == 2 && NUMBER.matcher(ends[0]).matches() && NUMBER.matcher(ends[1]).matches()) {
            return figure(ends[0]) + "–" + figure(ends[1]);
        }
        if (NUMBER.matcher(value).matches()) {
            double v = Double.parseDouble(value);
            if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        }
        return value;
    }

    /** The doc with the text between its markers replaced by this table; the rest stays as it is. */
    static String replaceTable(String doc, String table) {
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the doc has no " + START + " … " + END + " markers");
        }
        return doc.substring(0, start + START.length()) + "\n" + table + doc.substring(end);
    }
}
