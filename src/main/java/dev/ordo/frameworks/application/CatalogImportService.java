package dev.ordo.frameworks.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import dev.ordo.frameworks.CatalogImportView;
import dev.ordo.frameworks.CatalogImported;
import dev.ordo.frameworks.domain.BuiltInCatalog;
import dev.ordo.frameworks.domain.CatalogControl;
import dev.ordo.frameworks.domain.CatalogImport;
import dev.ordo.frameworks.domain.CatalogImportRepository;
import dev.ordo.frameworks.domain.ImportedCatalog;
import dev.ordo.frameworks.domain.ImportedCatalogRepository;
import dev.ordo.identity.Role;
import dev.ordo.platform.persistence.OrganizationScope;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Imports OSCAL catalogs and profiles in the background. {@link #start} checks what it can at once (role, size,
 * key), records the import and returns; a worker reads and validates the document with liboscal-java (resolving a
 * profile against the uploaded catalog), then stores the catalog and all its controls in one transaction, so a bad
 * file changes nothing but the import's own record, which says why it failed.
 */
@Service
public class CatalogImportService {

	private static final Logger log = LoggerFactory.getLogger(CatalogImportService.class);

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	/** An uploaded file: its name and a way to read it once. */
	public record Upload(String fileName, long size, InputStreamSource content) {
	}

	@FunctionalInterface
	public interface InputStreamSource {
		InputStream open() throws IOException;
	}

	private final OscalReader reader;

	private final CatalogImportRepository imports;

	private final ImportedCatalogRepository catalogs;

	private final OrganizationScope scope;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxBytes;

	private final ExecutorService workers;

	private final boolean warmUp;

	/** When this node started: an import started earlier that is still open was cut off by a restart. */
	private final Instant bootedAt;

	/** The reason an import cut off by a restart or shutdown failed, for the user. */
	public static final String INTERRUPTED = "interrupted by a restart; nothing was imported";

	CatalogImportService(OscalReader reader, CatalogImportRepository imports, ImportedCatalogRepository catalogs,
			OrganizationScope scope, EntityManager entityManager, ApplicationEventPublisher events, Clock clock,
			@Value("${ordo.frameworks.import.max-size:20MB}") DataSize maxSize,
			@Value("${ordo.frameworks.import.workers:1}") int workers,
			@Value("${ordo.frameworks.import.warm-up:true}") boolean warmUp) {
		this.warmUp = warmUp;
		this.bootedAt = clock.instant();
		this.reader = reader;
		this.imports = imports;
		this.catalogs = catalogs;
		this.scope = scope;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
		this.workers = Executors.newFixedThreadPool(workers, r -> {
			Thread thread = new Thread(r, "ordo-catalog-import");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Fails the imports a restart or shutdown cut off. Workers live in this node's memory, so an import still
	 * {@code QUEUED} or {@code RUNNING} from before the start will never finish, and its page would poll for ever.
	 * Nothing of it was stored: the catalog, its controls and the import's success are written in one transaction
	 * ({@link #store}), which a stopped JVM never commits. Imports started since this node came up are left alone.
	 * Runs for every organization; answers how many it failed.
	 */
	public int failInterrupted() {
		int failed = scope.asSystem(() -> {
			List<CatalogImport> open = imports.findByStatusInAndStartedAtBefore(
					List.of(CatalogImportView.Status.QUEUED, CatalogImportView.Status.RUNNING), bootedAt);
			open.forEach(job -> job.failed(INTERRUPTED, clock.instant()));
			return open.size();
		});
		if (failed > 0) {
			log.info("{} catalog import(s) interrupted by the restart marked failed", failed);
		}
		return failed;
	}

	/** Marks the imports a restart or shutdown cut off as failed, once the application is up. */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedAtStart() {
		failInterrupted();
	}

	/**
	 * Loads liboscal-java's bindings in the background once the application is up, so the first import does not
	 * pay for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (!warmUp) {
			return;
		}
		workers.execute(() -> {
			try {
				Path sample = Files.createTempFile("ordo-warm-up", ".json");
				try {
					Files.writeString(sample, WARM_UP_CATALOG);
					reader.read(sample, null);
				}
				finally {
					Files.deleteIfExists(sample);
				}
			}
			catch (IOException | OscalImportException | RuntimeException ex) {
				log.debug("OSCAL warm-up failed", ex);
			}
		});
	}

	private static final String WARM_UP_CATALOG = """
			{"catalog": {"uuid": "00000000-0000-4000-8000-000000000000", "metadata": {"title": "Warm-up",
			"last-modified": "2024-01-01T00:00:00Z", "version": "1", "oscal-version": "1.1.2"},
			"controls": [{"id": "w-1", "title": "Warm-up", "parts": [{"name": "statement", "prose": "Warm up."}]}]}}
			""";

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	/** The size limit of an uploaded file, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Starts an import (ISMS managers). {@code catalogFile} is the catalog a profile imports; {@code key} the
	 * catalog's short name (derived from the title if empty).
	 */
	public Started start(Upload file, Upload catalogFile, String key) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		UUID organizationId = CurrentActor.organizationId();
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(file == null || file.size() == 0, "file", "is required: an OSCAL catalog or profile");
		errors.rejectIf(file != null && file.size() > maxBytes, "file", "is larger than the limit of "
				+ DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
		errors.rejectIf(catalogFile != null && catalogFile.size() > maxBytes, "catalogFile",
				"is larger than the limit of " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB");
		String wantedKey = key == null || key.isBlank() ? null : key.strip();
		if (wantedKey != null) {
			errors.rejectIf(!KEY.matcher(wantedKey).matches() || wantedKey.equals(BuiltInCatalog.ID)
					|| wantedKey.equals("imports"), "key",
					"must be 1 to 60 lowercase letters, digits or dashes, and not a reserved name");
			errors.rejectIf(scope.in(organizationId, () -> catalogs.existsByKey(wantedKey)), "key",
					"is already used by another catalog");
		}
		errors.throwIfAny();
		Path directory;
		Path document;
		Path catalogDocument = null;
		try {
			directory = Files.createTempDirectory("ordo-import");
			document = copy(file, directory, "document");
			if (catalogFile != null && catalogFile.size() > 0) {
				catalogDocument = copy(catalogFile, directory, "catalog");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the uploaded file", ex);
		}
		CatalogImport job = scope.in(organizationId,
				() -> imports.save(new CatalogImport(file.fileName(), actor.userId(), clock.instant())));
		Path catalogPath = catalogDocument;
		CompletableFuture<Void> done = CompletableFuture.runAsync(
				() -> run(job.getId(), organizationId, actor.userId(), file.fileName(), document, catalogPath,
						wantedKey, directory),
				workers);
		return new Started(job.view(), done);
	}

	/** An import that was started; {@code done} completes when it succeeded or failed. */
	public record Started(CatalogImportView job, CompletableFuture<Void> done) {

		/** Waits for the import to finish (for callers that asked to wait) and returns its final state. */
		public void await(long seconds) throws TimeoutException {
			try {
				done.get(seconds, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new TimeoutException("Interrupted");
			}
			catch (java.util.concurrent.ExecutionException ex) {
				// the failure is recorded on the import
			}
		}
	}

	@Transactional(readOnly = true)
	public CatalogImportView status(UUID id) {
		CurrentActor.require();
		return imports.findById(id).map(CatalogImport::view).orElseThrow(() -> new NotFound("Catalog import", id));
	}

	@Transactional(readOnly = true)
	public List<CatalogImportView> recent() {
		CurrentActor.require();
		return imports.findTop10ByOrderByStartedAtDesc().stream().map(CatalogImport::view).toList();
	}

	private void run(UUID jobId, UUID organizationId, UUID actorId, String fileName, Path document, Path catalogFile,
			String key, Path directory) {
		long started = System.nanoTime();
		try {
			update(organizationId, jobId, "Reading and validating the OSCAL document"
					+ (catalogFile != null ? " and resolving the profile" : ""));
			ParsedCatalog parsed = reader.read(document, catalogFile);
			long read = System.nanoTime();
			update(organizationId, jobId, "Storing " + parsed.controls().size() + " controls");
			scope.in(organizationId, () -> store(jobId, organizationId, actorId, fileName, parsed, key));
			log.info("Imported catalog {} ({} controls) in {} ms (reading {} ms, storing {} ms)", parsed.title(),
					parsed.controls().size(), (System.nanoTime() - started) / 1_000_000,
					(read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
		}
		catch (OscalImportException ex) {
			fail(organizationId, jobId, ex.getMessage());
		}
		catch (RuntimeException | AssertionError ex) {
			log.warn("Catalog import {} failed", jobId, ex);
			fail(organizationId, jobId, ex instanceof InvalidInput invalid
					? String.join("; ", invalid.fieldErrors().values())
					: "The catalog could not be stored: " + ex.getClass().getSimpleName());
		}
		finally {
			deleteQuietly(directory);
		}
	}

	private Void store(UUID jobId, UUID organizationId, UUID actorId, String fileName, ParsedCatalog parsed,
			String wantedKey) {
		String key = wantedKey != null ? wantedKey : freeKey(parsed.title());
		if (catalogs.existsByKey(key)) {
			throw InvalidInput.of("key", "The key " + key + " is already used by another catalog");
		}
		ImportedCatalog catalog = new ImportedCatalog(key, cut(parsed.title(), 500), cut(parsed.version(), 100),
				parsed.origin(), cut(fileName, 300), parsed.oscalUuid(), parsed.controls().size(),
				(int) parsed.controls().stream().filter(ParsedCatalog.Control::withdrawn).count(), clock.instant(),
				actorId);
		entityManager.persist(catalog);
		int order = 0;
		for (ParsedCatalog.Control c : parsed.controls()) {
			entityManager.persist(new CatalogControl(catalog.getId(), order++, c.id(), c.label(), c.title(), c.kind(),
					c.parentId(), c.groupId(), c.groupTitle(), c.depth(), c.statement(), c.properties(),
					c.withdrawn()));
			if (order % 500 == 0) {
				entityManager.flush();
				entityManager.clear();
			}
		}
		entityManager.flush();
		CatalogImport job = imports.findById(jobId).orElseThrow();
		job.succeeded(catalog.getId(), "Imported " + parsed.controls().size() + " controls", clock.instant());
		events.publishEvent(new CatalogImported(organizationId, catalog.getId(), catalog.getTitle(),
				parsed.controls().size(), actorId));
		return null;
	}

	private String freeKey(String title) {
		String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (base.isEmpty()) {
			base = "catalog";
		}
		base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
		String key = base;
		for (int n = 2; catalogs.existsByKey(key) || key.equals(BuiltInCatalog.ID); n++) {
			key = base + "-" + n;
		}
		return key;
	}

	private void update(UUID organizationId, UUID jobId, String progress) {
		scope.in(organizationId, () -> imports.findById(jobId).ifPresent(job -> job.running(progress)));
	}

	private void fail(UUID organizationId, UUID jobId, String error) {
		scope.in(organizationId, () -> imports.findById(jobId).ifPresent(job -> job.failed(error, clock.instant())));
	}

	private static Path copy(Upload upload, Path directory, String name) throws IOException {
		String fileName = upload.fileName() == null ? "" : upload.fileName().toLowerCase(Locale.ROOT);
		String extension = fileName.endsWith(".xml") ? ".xml"
				: fileName.endsWith(".yaml") || fileName.endsWith(".yml") ? ".yaml" : ".json";
		Path target = directory.resolve(name + extension);
		try (InputStream in = upload.content().open()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	private static void deleteQuietly(Path directory) {
		try (var files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			log.debug("Cannot delete {}", directory, ex);
		}
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
