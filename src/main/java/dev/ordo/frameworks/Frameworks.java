package dev.ordo.frameworks;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

import dev.ordo.frameworks.application.CatalogService;
import dev.ordo.frameworks.application.MappingService;
import dev.ordo.frameworks.domain.BuiltInCatalog;

/**
 * What other modules may ask about control catalogs: risk treatment selects controls from any catalog of the
 * organization, the Statement of Applicability lists the Annex A controls, and mappings tell which requirements of
 * one catalog a control of another satisfies. Catalogs are named by id or key; the built-in ISO/IEC 27001:2022
 * catalog is {@value #ISO27001_2022}.
 */
@Service
public class Frameworks {

	/** Id of the built-in ISO/IEC 27001:2022 catalog. */
	public static final String ISO27001_2022 = BuiltInCatalog.ID;

	private final CatalogService catalogs;

	private final MappingService mappings;

	private final BuiltInCatalog builtIn;

	Frameworks(CatalogService catalogs, MappingService mappings, BuiltInCatalog builtIn) {
		this.catalogs = catalogs;
		this.mappings = mappings;
		this.builtIn = builtIn;
	}

	/** The built-in catalog first, then the organization's imported catalogs by title. */
	public List<CatalogView> catalogs() {
		return catalogs.catalogs();
	}

	/** One catalog; {@link dev.ordo.shared.NotFound} if the organization has no such catalog. */
	public CatalogView catalog(String idOrKey) {
		return catalogs.catalog(idOrKey);
	}

	/**
	 * A page (at most 100) of a catalog's controls in document order, filtered by text if {@code query} is given;
	 * withdrawn controls included and marked (a picker offers only those not {@link ControlView#withdrawn()}).
	 */
	public Page<ControlView> controls(String catalogIdOrKey, String query, int page, int size) {
		return catalogs.controls(catalogIdOrKey, query, page, size);
	}

	/**
	 * One control; {@link dev.ordo.shared.NotFound} if the catalog or control is unknown. A withdrawn control is
	 * found too, marked {@link ControlView#withdrawn()}: a caller that selects controls (risk treatment, ISO/IEC
	 * 27001:2022 6.1.3 b) must refuse it with {@link ControlView#withdrawnReason()}.
	 */
	public ControlView control(String catalogIdOrKey, String controlId) {
		return catalogs.control(catalogIdOrKey, controlId);
	}

	/** The 93 Annex A controls of ISO/IEC 27001:2022 in order, with theme and ISO/IEC 27002 attributes. */
	public List<ControlView> annexAControls() {
		return builtIn.annexA();
	}

	/**
	 * The controls a Statement of Applicability lists for a catalog (ISO/IEC 27001:2022 6.1.3 d): the 93 Annex A
	 * controls for the built-in catalog, every control and enhancement of an imported one that is not withdrawn, in
	 * document order. One statement at most, whatever the size of the catalog.
	 */
	public List<ControlView> statementControls(String catalogIdOrKey) {
		return catalogs.statementControls(catalogIdOrKey);
	}

	/**
	 * Every mapping that has a control of catalog {@code catalogIdOrKey} on either side, seen from that catalog, in
	 * one statement (for the Statement of Applicability; {@link #mappedControls} answers for a single control).
	 */
	public List<CatalogMapping> mappingsOf(String catalogIdOrKey) {
		return mappings.mappingsOf(catalogIdOrKey);
	}

	/**
	 * The controls of other catalogs mapped to a control, in both directions, optionally only those of catalog
	 * {@code otherCatalog}: which requirements of catalog B does control X of catalog A satisfy.
	 */
	public List<MappedControl> mappedControls(String catalogIdOrKey, String controlId, String otherCatalog) {
		return mappings.mapped(catalogIdOrKey, controlId, otherCatalog);
	}
}
