package dev.ordo.frameworks.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import dev.ordo.frameworks.CatalogMapping;
import dev.ordo.frameworks.ControlView;
import dev.ordo.frameworks.MappedControl;
import dev.ordo.frameworks.MappingImported;
import dev.ordo.frameworks.domain.BuiltInCatalog;
import dev.ordo.frameworks.domain.CatalogControlRepository;
import dev.ordo.frameworks.domain.ControlMapping;
import dev.ordo.frameworks.domain.ControlMappingRepository;
import dev.ordo.frameworks.domain.ImportedCatalog;
import dev.ordo.identity.Role;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/**
 * Mappings between catalogs, so that a control implemented once counts for every requirement it is mapped to:
 * importing NIST's SP 800-53 → ISO/IEC 27001 crosswalk, and asking which controls of another catalog a control
 * satisfies (or is satisfied by).
 */
@Service
public class MappingService {

	/** What an import stored. */
	public record MappingImportResult(String sourceCatalogId, String targetCatalogId, int mappings,
			int sourceControlsMapped, List<String> unknownSourceControls, List<String> untranslatedTargets) {
	}

	private final CatalogService catalogService;

	private final BuiltInCatalog builtIn;

	private final CatalogControlRepository controls;

	private final ControlMappingRepository mappings;

	private final ApplicationEventPublisher events;

	private final long maxBytes;

	MappingService(CatalogService catalogService, BuiltInCatalog builtIn, CatalogControlRepository controls,
			ControlMappingRepository mappings, ApplicationEventPublisher events,
			@Value("${ordo.frameworks.mapping.max-size:5MB}") DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
		this.catalogService = catalogService;
		this.builtIn = builtIn;
		this.controls = controls;
		this.mappings = mappings;
		this.events = events;
	}

	/** The size limit of an uploaded mapping file, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Imports an uploaded crosswalk (see {@link #importNistToIso(String, String, String)}) read as UTF-8; a file
	 * larger than {@code ordo.frameworks.mapping.max-size} (default 5 MB; NIST's is 17 kB) is refused before it is
	 * read.
	 */
	@Transactional
	public MappingImportResult importNistToIso(String sourceRef, CatalogImportService.Upload file) {
		CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		if (file != null && file.size() > maxBytes) {
			throw InvalidInput.of("file", "is larger than the limit of " + DataSize.ofBytes(maxBytes).toMegabytes()
					+ " MB");
		}
		String csv = null;
		if (file != null && file.size() > 0) {
			try (InputStream in = file.content().open()) {
				csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the uploaded mapping", ex);
			}
		}
		return importNistToIso(sourceRef, csv, file == null ? null : file.fileName());
	}

	/**
	 * Imports NIST's SP 800-53 → ISO/IEC 27001 crosswalk (CSV) from the controls of {@code sourceRef} (an imported
	 * SP 800-53 catalog or baseline) to the built-in ISO/IEC 27001:2022 catalog, translating the crosswalk's
	 * 27001:2013 identifiers to 2022. Replaces earlier mappings between the two catalogs. ISMS managers only.
	 */
	@Transactional
	public MappingImportResult importNistToIso(String sourceRef, String csv, String sourceName) {
		OrdoPrincipal actor = CurrentActor.requireRole(Role.ISMS_MANAGER.name());
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.rejectIf(sourceRef == null || sourceRef.isBlank(), "source", "is required: the SP 800-53 catalog");
		errors.rejectIf(csv == null || csv.isBlank(), "file", "is required: NIST's SP 800-53 to ISO/IEC 27001 "
				+ "mapping as CSV");
		errors.throwIfAny();
		ImportedCatalog source;
		try {
			source = catalogService.imported(sourceRef);
		}
		catch (NotFound ex) {
			throw InvalidInput.of("source", "is not a catalog of this organization");
		}
		List<NistIsoMapping.Row> rows = NistIsoMapping.parse(csv);
		if (rows.isEmpty()) {
			throw InvalidInput.of("file", "is not NIST's SP 800-53 to ISO/IEC 27001 mapping (CSV with the SP 800-53 "
					+ "control in the first and the ISO/IEC 27001 controls in the third column)");
		}
		Set<String> nistIds = new HashSet<>();
		rows.forEach(r -> nistIds.add(r.nistControlId()));
		Set<String> known = new HashSet<>();
		controls.findByCatalogIdAndControlIdIn(source.getId(), nistIds).forEach(c -> known.add(c.getControlId()));
		Map<String, String> relationships = new LinkedHashMap<>();
		Set<String> unknown = new java.util.TreeSet<>();
		Set<String> untranslated = new java.util.TreeSet<>();
		for (NistIsoMapping.Row row : rows) {
			if (!known.contains(row.nistControlId())) {
				unknown.add(row.nistControlId());
				continue;
			}
			List<String> targets = builtIn.from2013(row.iso2013Id());
			if (targets.isEmpty()) {
				untranslated.add(row.iso2013Id());
			}
			for (String target : targets) {
				// A control addressed fully by one 2013 source and partly by another counts as related.
				relationships.merge(row.nistControlId() + "|" + target, row.partial() ? "partial" : "related",
						(a, b) -> a.equals("related") || b.equals("related") ? "related" : "partial");
			}
		}
		String sourceId = source.getId().toString();
		mappings.deleteBetween(sourceId, BuiltInCatalog.ID);
		mappings.flush();
		Set<String> mappedSources = new HashSet<>();
		List<ControlMapping> toSave = new ArrayList<>();
		relationships.forEach((pair, relationship) -> {
			String[] parts = pair.split("\\|");
			mappedSources.add(parts[0]);
			toSave.add(new ControlMapping(sourceId, parts[0], BuiltInCatalog.ID, parts[1], relationship, sourceName));
		});
		mappings.saveAll(toSave);
		events.publishEvent(new MappingImported(CurrentActor.organizationId(), sourceId, BuiltInCatalog.ID,
				sourceName, toSave.size(), actor.userId()));
		return new MappingImportResult(sourceId, BuiltInCatalog.ID, toSave.size(), mappedSources.size(),
				List.copyOf(unknown), List.copyOf(untranslated));
	}

	/**
	 * The controls of other catalogs mapped to a control: those it satisfies (it is the mapping's source) and those
	 * that satisfy it (it is the target), optionally only in catalog {@code targetRef}.
	 */
	@Transactional(readOnly = true)
	public List<MappedControl> mapped(String catalogRef, String controlId, String targetRef) {
		ControlView control = catalogService.control(catalogRef, controlId);
		String catalogId = control.catalogId();
		String onlyIn = targetRef == null || targetRef.isBlank() ? null : catalogService.idOf(targetRef);
		List<MappedControl> result = new ArrayList<>();
		Map<String, String> titles = new HashMap<>();
		for (ControlMapping m : mappings.findBySourceCatalogAndSourceControl(catalogId, controlId)) {
			if (onlyIn == null || onlyIn.equals(m.getTargetCatalog())) {
				describe(m.getTargetCatalog(), m.getTargetControl(), m.getRelationship(), "satisfies", titles)
					.ifPresent(result::add);
			}
		}
		for (ControlMapping m : mappings.findByTargetCatalogAndTargetControl(catalogId, controlId)) {
			if (onlyIn == null || onlyIn.equals(m.getSourceCatalog())) {
				describe(m.getSourceCatalog(), m.getSourceControl(), m.getRelationship(), "satisfied-by", titles)
					.ifPresent(result::add);
			}
		}
		return result;
	}

	/** Every mapping with a control of the catalog on either side, seen from that catalog; one statement. */
	@Transactional(readOnly = true)
	public List<CatalogMapping> mappingsOf(String catalogRef) {
		String catalogId = catalogService.idOf(catalogRef);
		List<CatalogMapping> result = new ArrayList<>();
		for (ControlMapping m : mappings.findByEitherCatalog(catalogId)) {
			if (catalogId.equals(m.getTargetCatalog())) {
				result.add(new CatalogMapping(m.getTargetControl(), m.getSourceCatalog(), m.getSourceControl(),
						m.getRelationship(), "satisfied-by"));
			}
			if (catalogId.equals(m.getSourceCatalog())) {
				result.add(new CatalogMapping(m.getSourceControl(), m.getTargetCatalog(), m.getTargetControl(),
						m.getRelationship(), "satisfies"));
			}
		}
		return result;
	}

	private Optional<MappedControl> describe(String catalogId, String controlId, String relationship,
			String direction, Map<String, String> titles) {
		try {
			String catalogTitle = titles.computeIfAbsent(catalogId, catalogService::titleOf);
			return catalogService.findControl(catalogId, controlId).map(c -> new MappedControl(catalogId,
					catalogTitle, c.id(), c.label(), c.title(), relationship, direction));
		}
		catch (NotFound ex) {
			return Optional.empty();
		}
	}
}
