package dev.ordo.frameworks.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.ordo.frameworks.CatalogView;
import dev.ordo.frameworks.ControlView;
import dev.ordo.frameworks.domain.BuiltInCatalog;
import dev.ordo.frameworks.domain.CatalogControl;
import dev.ordo.frameworks.domain.CatalogControlRepository;
import dev.ordo.frameworks.domain.ImportedCatalog;
import dev.ordo.frameworks.domain.ImportedCatalogRepository;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.NotFound;

/**
 * Reading catalogs: the built-in ISO/IEC 27001:2022 catalog and the current organization's imported ones. A catalog
 * is named by its id or its key; another organization's catalog is not found.
 */
@Service
public class CatalogService {

	/** Largest page of controls. */
	public static final int MAX_PAGE_SIZE = 100;

	private final BuiltInCatalog builtIn;

	private final ImportedCatalogRepository catalogs;

	private final CatalogControlRepository controls;

	CatalogService(BuiltInCatalog builtIn, ImportedCatalogRepository catalogs, CatalogControlRepository controls) {
		this.builtIn = builtIn;
		this.catalogs = catalogs;
		this.controls = controls;
	}

	@Transactional(readOnly = true)
	public List<CatalogView> catalogs() {
		CurrentActor.require();
		List<CatalogView> all = new ArrayList<>();
		all.add(builtIn.view());
		catalogs.findAllByOrderByTitleAsc().forEach(c -> all.add(c.view()));
		return all;
	}

	@Transactional(readOnly = true)
	public CatalogView catalog(String ref) {
		CurrentActor.require();
		if (isBuiltIn(ref)) {
			return builtIn.view();
		}
		return imported(ref).view();
	}

	/** Controls in document order, filtered by a text in id, label or title, at most {@value #MAX_PAGE_SIZE}. */
	@Transactional(readOnly = true)
	public Page<ControlView> controls(String ref, String query, int page, int size) {
		CurrentActor.require();
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
		String q = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
		if (isBuiltIn(ref)) {
			List<ControlView> matching = builtIn.controls().stream()
				.filter(c -> q == null || (c.id() + " " + c.title()).toLowerCase(Locale.ROOT).contains(q))
				.toList();
			int from = (int) Math.min(request.getOffset(), matching.size());
			int to = Math.min(from + request.getPageSize(), matching.size());
			return new PageImpl<>(matching.subList(from, to), request, matching.size());
		}
		ImportedCatalog catalog = imported(ref);
		Page<CatalogControl> found = q == null ? controls.findByCatalogIdOrderBySortOrder(catalog.getId(), request)
				: controls.findByCatalogIdAndSearchTextContainingOrderBySortOrder(catalog.getId(), q, request);
		return found.map(CatalogControl::view);
	}

	@Transactional(readOnly = true)
	public ControlView control(String ref, String controlId) {
		CurrentActor.require();
		return findControl(ref, controlId).orElseThrow(() -> new NotFound("Control", controlId));
	}

	/**
	 * The controls a Statement of Applicability lists: Annex A for the built-in catalog, those of an imported one
	 * that are not withdrawn (a withdrawn control can be neither applicable nor excluded: it no longer exists).
	 */
	@Transactional(readOnly = true)
	public List<ControlView> statementControls(String ref) {
		CurrentActor.require();
		if (isBuiltIn(ref)) {
			return builtIn.annexA();
		}
		return controls.findByCatalogIdAndWithdrawnFalseOrderBySortOrder(imported(ref).getId()).stream()
			.map(CatalogControl::view).toList();
	}

	/** The controls directly below a control (OSCAL enhancements, sub-clauses). */
	@Transactional(readOnly = true)
	public List<ControlView> children(String ref, String controlId) {
		CurrentActor.require();
		if (isBuiltIn(ref)) {
			return builtIn.controls().stream().filter(c -> controlId.equals(c.parentId())).toList();
		}
		return controls.findByCatalogIdAndParentIdOrderBySortOrder(imported(ref).getId(), controlId).stream()
			.map(CatalogControl::view).toList();
	}

	Optional<ControlView> findControl(String ref, String controlId) {
		if (isBuiltIn(ref)) {
			return builtIn.control(controlId);
		}
		return controls.findByCatalogIdAndControlId(imported(ref).getId(), controlId).map(CatalogControl::view);
	}

	/** The canonical id of a catalog named by id or key; {@link NotFound} if the organization has no such catalog. */
	String idOf(String ref) {
		return isBuiltIn(ref) ? BuiltInCatalog.ID : imported(ref).getId().toString();
	}

	String titleOf(String id) {
		return isBuiltIn(id) ? builtIn.view().title() : imported(id).getTitle();
	}

	static boolean isBuiltIn(String ref) {
		return BuiltInCatalog.ID.equals(ref);
	}

	ImportedCatalog imported(String ref) {
		Optional<ImportedCatalog> found;
		UUID id = uuidOrNull(ref);
		found = id != null ? catalogs.findById(id) : catalogs.findByKey(ref);
		return found.orElseThrow(() -> new NotFound("Catalog", ref));
	}

	static UUID uuidOrNull(String value) {
		try {
			return value != null && value.length() == 36 ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
