package dev.ordo.frameworks.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.ordo.frameworks.CatalogImportView;
import dev.ordo.frameworks.CatalogImportView.Status;
import dev.ordo.frameworks.CatalogView;
import dev.ordo.frameworks.ControlView;
import dev.ordo.frameworks.Frameworks;
import dev.ordo.frameworks.MappedControl;
import dev.ordo.frameworks.application.CatalogImportService;
import dev.ordo.frameworks.application.CatalogImportService.Started;
import dev.ordo.frameworks.application.CatalogImportService.Upload;
import dev.ordo.frameworks.application.MappingService;
import dev.ordo.frameworks.application.MappingService.MappingImportResult;
import dev.ordo.platform.web.ListParameters;
import dev.ordo.platform.web.PageResponse;
import dev.ordo.shared.InvalidInput;

/** Control catalogs over the API: list, controls (paged, filtered), OSCAL import, mappings. */
@RestController
@RequestMapping("/api/v1")
class CatalogsApi {

	private final Frameworks frameworks;

	private final CatalogImportService imports;

	private final MappingService mappings;

	CatalogsApi(Frameworks frameworks, CatalogImportService imports, MappingService mappings) {
		this.frameworks = frameworks;
		this.imports = imports;
		this.mappings = mappings;
	}

	@GetMapping("/catalogs")
	PageResponse<CatalogView> catalogs(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size);
		List<CatalogView> all = frameworks.catalogs();
		PageRequest request = PageRequest.of(page, Math.min(size, ListParameters.MAX_SIZE));
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + request.getPageSize(), all.size());
		return PageResponse.of(new PageImpl<>(all.subList(from, to), request, all.size()));
	}

	@GetMapping("/catalogs/{id}")
	CatalogView catalog(@PathVariable String id) {
		return frameworks.catalog(id);
	}

	@GetMapping("/catalogs/{id}/controls")
	PageResponse<ControlView> controls(@PathVariable String id, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size);
		return PageResponse.of(frameworks.controls(id, q, page, size));
	}

	@GetMapping("/catalogs/{id}/controls/{controlId}")
	ControlView control(@PathVariable String id, @PathVariable String controlId) {
		return frameworks.control(id, controlId);
	}

	/** Controls of other catalogs mapped to this one, both directions; {@code target} narrows to one catalog. */
	@GetMapping("/catalogs/{id}/controls/{controlId}/mappings")
	List<MappedControl> mapped(@PathVariable String id, @PathVariable String controlId,
			@RequestParam(required = false) String target) {
		return frameworks.mappedControls(id, controlId, target);
	}

	/**
	 * Imports an OSCAL catalog or profile (JSON, XML or YAML; a profile with its catalog as {@code catalogFile}).
	 * Answers 202 Accepted with the import to poll at its Location; with {@code wait=true} it waits (up to two
	 * minutes) and answers 201 with the catalog, or 400 with the reason the file was refused.
	 */
	@PostMapping(path = "/catalogs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importCatalog(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestPart(name = "catalogFile", required = false) MultipartFile catalogFile,
			@RequestParam(required = false) String key, @RequestParam(defaultValue = "false") boolean wait) {
		Started started = imports.start(upload(file), upload(catalogFile), key);
		URI status = URI.create("/api/v1/catalogs/imports/" + started.job().id());
		if (!wait) {
			return ResponseEntity.accepted().location(status).body(started.job());
		}
		try {
			started.await(120);
		}
		catch (TimeoutException ex) {
			// still running: answer as without wait
			return ResponseEntity.accepted().location(status).body(imports.status(started.job().id()));
		}
		CatalogImportView done = imports.status(started.job().id());
		if (done.status() == Status.FAILED) {
			throw InvalidInput.of("file", done.error());
		}
		if (done.status() != Status.SUCCEEDED) {
			return ResponseEntity.accepted().location(status).body(done);
		}
		return ResponseEntity.created(URI.create("/api/v1/catalogs/" + done.catalogId()))
			.body(frameworks.catalog(done.catalogId()));
	}

	@GetMapping("/catalogs/imports/{importId}")
	CatalogImportView importStatus(@PathVariable UUID importId) {
		return imports.status(importId);
	}

	/**
	 * Imports NIST's SP 800-53 rev5 → ISO/IEC 27001 crosswalk (CSV) from catalog {@code source} to the built-in
	 * ISO/IEC 27001:2022 catalog.
	 */
	@PostMapping(path = "/mappings/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MappingImportResult> importMapping(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String source) {
		MappingImportResult result = mappings.importNistToIso(source, upload(file));
		return ResponseEntity.status(201).body(result);
	}

	static Upload upload(MultipartFile file) {
		return file == null ? null : new Upload(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
				file.getSize(), file::getInputStream);
	}
}
