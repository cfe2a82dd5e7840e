package dev.ordo.frameworks.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.frameworks.CatalogImportView;
import dev.ordo.frameworks.CatalogView;
import dev.ordo.frameworks.ControlView;
import dev.ordo.frameworks.Frameworks;
import dev.ordo.frameworks.application.CatalogImportService;
import dev.ordo.frameworks.application.CatalogImportService.Upload;
import dev.ordo.frameworks.application.CatalogService;
import dev.ordo.frameworks.application.MappingService;
import dev.ordo.frameworks.application.MappingService.MappingImportResult;
import dev.ordo.identity.Role;
import dev.ordo.shared.CurrentActor;
import dev.ordo.platform.web.FormErrors;

/** Catalog pages: the list with the import forms, a catalog's controls (paged, filtered), a control, an import. */
@Controller
class CatalogsController {

	private static final int PAGE_SIZE = 50;

	private final Frameworks frameworks;

	private final CatalogService catalogs;

	private final CatalogImportService imports;

	private final MappingService mappings;

	private final Clock clock;

	CatalogsController(Frameworks frameworks, CatalogService catalogs, CatalogImportService imports,
			MappingService mappings, Clock clock) {
		this.clock = clock;
		this.frameworks = frameworks;
		this.catalogs = catalogs;
		this.imports = imports;
		this.mappings = mappings;
	}

	@GetMapping("/catalogs")
	String list(Model model) {
		if (!model.containsAttribute("catalogImportForm")) {
			model.addAttribute("catalogImportForm", new CatalogImportForm());
		}
		if (!model.containsAttribute("mappingImportForm")) {
			model.addAttribute("mappingImportForm", new MappingImportForm());
		}
		model.addAttribute("catalogs", frameworks.catalogs());
		model.addAttribute("imports", imports.recent());
		model.addAttribute("mayImport", CurrentActor.require().hasAnyRole(Role.ISMS_MANAGER.name()));
		model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
		model.addAttribute("mappingMaxMegabytes", mappings.maxBytes() / (1024 * 1024));
		return "frameworks/catalogs";
	}

	@PostMapping("/catalogs/import")
	String importCatalog(@ModelAttribute("catalogImportForm") CatalogImportForm form, BindingResult binding,
			Model model) {
		return FormErrors.submit(binding, () -> {
			var started = imports.start(upload(form.getFile()), upload(form.getCatalogFile()), form.getKey());
			return "redirect:/catalogs/imports/" + started.job().id();
		}, () -> list(model));
	}

	@PostMapping("/catalogs/mappings/import")
	String importMapping(@ModelAttribute("mappingImportForm") MappingImportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			MappingImportResult result = mappings.importNistToIso(form.getSource(), upload(form.getFile()));
			redirect.addFlashAttribute("notice", result.mappings() + " mappings imported for "
					+ result.sourceControlsMapped() + " controls");
			return "redirect:/catalogs";
		}, () -> list(model));
	}

	@GetMapping("/catalogs/imports/{id}")
	String importPage(@PathVariable UUID id, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		CatalogImportView job = imports.status(id);
		model.addAttribute("job", job);
		model.addAttribute("elapsed", elapsed(job, clock.instant()));
		return htmx != null ? "frameworks/import :: status" : "frameworks/import";
	}

	@GetMapping("/catalogs/{id}")
	String catalog(@PathVariable String id, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		CatalogView catalog = frameworks.catalog(id);
		model.addAttribute("catalog", catalog);
		model.addAttribute("q", q);
		model.addAttribute("controls", frameworks.controls(id, q, page, PAGE_SIZE));
		return htmx != null ? "frameworks/catalog :: controls" : "frameworks/catalog";
	}

	@GetMapping("/catalogs/{id}/controls/{controlId}")
	String control(@PathVariable String id, @PathVariable String controlId, Model model) {
		CatalogView catalog = frameworks.catalog(id);
		ControlView control = frameworks.control(id, controlId);
		model.addAttribute("catalog", catalog);
		model.addAttribute("control", control);
		model.addAttribute("children", catalogs.children(id, controlId));
		model.addAttribute("parent", control.parentId() == null ? null : frameworks.control(id, control.parentId()));
		model.addAttribute("mappings", frameworks.mappedControls(id, controlId, null));
		return "frameworks/control";
	}

	/** How long the import has been running, or took: "4 s", "2 min 5 s", "1 h 3 min". */
	static String elapsed(CatalogImportView job, Instant now) {
		Instant end = job.finishedAt() != null ? job.finishedAt() : now;
		long seconds = Math.max(0, Duration.between(job.startedAt(), end).toSeconds());
		if (seconds < 60) {
			return seconds + " s";
		}
		return seconds < 3600 ? seconds / 60 + " min " + seconds % 60 + " s"
				: seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
	}

	private static Upload upload(MultipartFile file) {
		return file == null || file.isEmpty() ? null
				: new Upload(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
						file.getSize(), file::getInputStream);
	}
}
