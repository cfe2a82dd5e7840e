package dev.ordo.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the statistics table of a Gatling HTML report (index.html): Gatling 3.15 writes no JSON statistics any
 * more, and its simulation.log is binary. One row per request name plus "All Requests".
 */
public final class GatlingReport {

	public record Row(String name, long total, long ok, long ko, double perSecond, long min, long p50, long p75,
			long p95, long p99, long max, long mean) {
	}

	private static final Pattern ROW = Pattern.compile(
			"class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	private GatlingReport() {
	}

	/** The newest report under {@code folder} (Gatling makes one sub-folder per run). */
	public static Optional<Path> latest(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> dirs = Files.list(folder)) {
			return dirs.filter(d -> Files.exists(d.resolve("index.html"))).max(Path::compareTo)
				.map(d -> d.resolve("index.html"));
		}
	}

	public static List<Row> read(Path indexHtml) throws IOException {
		String html = Files.readString(indexHtml);
		List<Row> rows = new ArrayList<>();
		Matcher m = ROW.matcher(html);
		while (m.find()) {
			String[] v = new String[15];
			Matcher c = CELL.matcher(m.group(2));
			while (c.find()) {
				v[Integer.parseInt(c.group(1))] = c.group(2).trim().replace(",", "");
			}
			if (v[2] == null) {
				continue;
			}
			rows.add(new Row(unescape(m.group(1)), l(v[2]), l(v[3]), l(v[4]), d(v[6]), l(v[7]), l(v[8]), l(v[9]),
					l(v[10]), l(v[11]), l(v[12]), l(v[13])));
		}
		return rows;
	}

	private static String unescape(String s) {
		return s.replace("&amp;", "&").replace("&#x2F;", "/").replace("&#47;", "/").replace("&lt;", "<")
			.replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
	}

	private static long l(String s) {
		return s == null || s.isEmpty() || s.equals("-") ? 0 : Math.round(Double.parseDouble(s));
	}

	private static double d(String s) {
		return s == null || s.isEmpty() || s.equals("-") ? 0 : Double.parseDouble(s);
	}
}
