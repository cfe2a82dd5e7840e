package dev.ordo.bench.datagen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What the table generators share: the seed, the sizes, the open connection, and the organizations and people
 * generated so far (later generators pick owners, actors and subjects from them).
 *
 * <p>Everything random comes from {@link #random(String)}: one stream per generator, derived from the seed and the
 * generator's name, so adding a generator or changing one's size does not change what the others produce.
 */
public final class GenContext {

	/** Which part of the load an organization serves. */
	public enum Pool {
		/** The large organization the ISMS manager and the integration use. */
		LARGE,
		/** Small organizations whose processes the owners' propose-and-approve scenario cycles through. */
		WORKFLOW,
		/** Small organizations whose open approval tasks the approval-throughput phase completes. */
		TASKS
	}

	public record Person(UUID id, String username, String displayName, Set<String> roles) {
		public boolean has(String role) {
			return roles.contains(role);
		}
	}

	public record Org(int index, UUID id, String name, Pool pool, List<Person> people) {
		public Person first(String role) {
			return people.stream().filter(p -> p.has(role)).findFirst()
				.orElseThrow(() -> new IllegalStateException(name + " has nobody with role " + role));
		}
	}

	/** An API token the generator created, for the load driver. */
	public record Token(Org org, String label, Person person, String secret) {
	}

	public final long seed;

	public final Instant baseTime;

	public final Sizes sizes;

	public final Connection db;

	public final boolean postgres;

	public final Path out;

	public final List<Org> orgs = new ArrayList<>();

	public final List<Token> tokens = new ArrayList<>();

	/** Password hash copied from the platform admin, so every generated person signs in with the admin password. */
	public String passwordHash;

	public AuditWriter audit;

	public GenContext(long seed, Instant baseTime, Sizes sizes, Connection db, boolean postgres, Path out) {
		this.seed = seed;
		this.baseTime = baseTime;
		this.sizes = sizes;
		this.db = db;
		this.postgres = postgres;
		this.out = out;
	}

	public SplittableRandom random(String stream) {
		long h = 1125899906842597L;
		for (char c : stream.toCharArray()) {
			h = 31 * h + c;
		}
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ h);
	}

	/** A random (version 4) UUID drawn from {@code r}, so ids are reproducible too. */
	public static UUID uuid(SplittableRandom r) {
		long msb = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	public Org large() {
		return orgs.stream().filter(o -> o.pool() == Pool.LARGE).findFirst().orElseThrow();
	}

	public List<Org> pool(Pool pool) {
		return orgs.stream().filter(o -> o.pool() == pool).toList();
	}

	public static String sha256Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
