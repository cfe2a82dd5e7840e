package dev.ordo.riskassessment.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.platform.web.PageResponse;
import dev.ordo.riskassessment.AssetListItem;
import dev.ordo.riskassessment.AssetRequest;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.CsvImportReport;
import dev.ordo.riskassessment.application.AssetCsv;
import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.domain.ListQueries;

/** The asset inventory over the API. */
@RestController
@RequestMapping("/api/v1/assets")
class AssetsApi {

	private final AssetService assets;

	private final AssetCsv csv;

	AssetsApi(AssetService assets, AssetCsv csv) {
		this.assets = assets;
		this.csv = csv;
	}

	/** Assets, filtered and sorted in the database (sort: name, type, protection, classification, updated). */
	@GetMapping
	PageResponse<AssetListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) AssetType type, @RequestParam(required = false) UUID ownerId,
			@RequestParam(required = false) Integer minProtection, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageResponse.of(assets.list(new ListQueries.AssetFilter(q, type, ownerId, minProtection), sort, page,
				size));
	}

	@PostMapping
	ResponseEntity<AssetView> create(@RequestBody AssetRequest request) {
		AssetView asset = assets.create(request);
		return ResponseEntity.created(URI.create("/api/v1/assets/" + asset.id())).body(asset);
	}

	@GetMapping("/{id}")
	AssetView asset(@PathVariable UUID id) {
		return assets.asset(id);
	}

	@PutMapping("/{id}")
	AssetView update(@PathVariable UUID id, @RequestBody AssetRequest request) {
		return assets.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		assets.delete(id);
	}

	/** "This asset supports another one." */
	record DependencyRequest(UUID supportedAssetId) {
	}

	@PostMapping("/{id}/dependencies")
	AssetView addDependency(@PathVariable UUID id, @RequestBody DependencyRequest request) {
		return assets.addDependency(id, request.supportedAssetId());
	}

	@DeleteMapping("/{id}/dependencies/{supportedAssetId}")
	AssetView removeDependency(@PathVariable UUID id, @PathVariable UUID supportedAssetId) {
		return assets.removeDependency(id, supportedAssetId);
	}

	/** The inventory as CSV (streamed). */
	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"assets.csv\"");
		csv.export(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	/** Imports assets from CSV (body {@code text/csv}); answers which rows were rejected and why. */
	@PostMapping(value = "/import", consumes = { "text/csv", "text/plain" })
	CsvImportReport importCsv(@RequestBody String body) {
		return csv.importCsv(body);
	}
}
