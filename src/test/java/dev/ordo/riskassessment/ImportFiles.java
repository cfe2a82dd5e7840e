package dev.ordo.riskassessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.ordo.riskassessment.application.AssetFiles;
import dev.ordo.riskassessment.application.Tables;

/**
 * Generated asset and risk files for import tests and for the benchmark harness. Asset {@code i} is named
 * {@code Asset <i>}; risk {@code i} is asset-based on asset {@code i % assets} with all three ratings, so a risk file
 * needs the asset file imported first.
 *
 * <p>Standalone: {@code java -cp <test classpath> dev.ordo.riskassessment.ImportFiles <dir> <rows> <owner user name>}
 * writes {@code assets.csv}, {@code assets.xlsx}, {@code risks.csv} and {@code risks.xlsx} (see bench/run.sh).
 */
public final class ImportFiles {

	static final List<String> RISK_COLUMNS = List.of("title", "kind", "asset", "threat", "vulnerability", "owner",
			"inherent_likelihood", "inherent_consequence", "current_likelihood", "current_consequence",
			"residual_likelihood", "residual_consequence");

	private static final String[] TYPES = { "INFORMATION", "SOFTWARE", "HARDWARE", "SERVICE", "PEOPLE", "SITE" };

	private static final String[] THREATS = { "T-MALWARE", "T-FIRE", "T-PHISH" };

	private ImportFiles() {
	}

	public static void assets(Tables.Format format, OutputStream out, int rows, String owner) {
		try (var writer = Tables.writer(format, out, AssetFiles.COLUMNS, new int[AssetFiles.COLUMNS.size()])) {
			for (int i = 0; i < rows; i++) {
				writer.row(List.of("", "Asset " + i, TYPES[i % TYPES.length], "generated asset " + i, owner, "internal",
						String.valueOf(1 + i % 4), String.valueOf(1 + (i / 4) % 4), String.valueOf(1 + (i / 16) % 4),
						"1", ""));
			}
		}
	}

	public static void risks(Tables.Format format, OutputStream out, int rows, int assets, String owner) {
		try (var writer = Tables.writer(format, out, RISK_COLUMNS, new int[RISK_COLUMNS.size()])) {
			for (int i = 0; i < rows; i++) {
				writer.row(List.of("Risk " + i, "ASSET_BASED", "Asset " + (i % assets), THREATS[i % THREATS.length],
						"V-PATCH", owner, String.valueOf(1 + i % 5), String.valueOf(1 + (i / 5) % 5),
						String.valueOf(1 + i % 4), String.valueOf(1 + (i / 5) % 4), "1", "1"));
			}
		}
	}

	public static byte[] assets(Tables.Format format, int rows, String owner) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assets(format, out, rows, owner);
		return out.toByteArray();
	}

	public static byte[] risks(Tables.Format format, int rows, int assets, String owner) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		risks(format, out, rows, assets, owner);
		return out.toByteArray();
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: ImportFiles <dir> <rows> <owner user name>");
			System.exit(2);
		}
		Path dir = Files.createDirectories(Path.of(args[0]));
		int rows = Integer.parseInt(args[1]);
		for (Tables.Format format : Tables.Format.values()) {
			try (OutputStream out = Files.newOutputStream(dir.resolve("assets." + format.extension()))) {
				assets(format, out, rows, args[2]);
			}
			try (OutputStream out = Files.newOutputStream(dir.resolve("risks." + format.extension()))) {
				risks(format, out, rows, rows, args[2]);
			}
		}
	}
}
