package dev.ordo.riskassessment.api;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.platform.web.EntityVersions;
import dev.ordo.platform.web.ListParameters;
import dev.ordo.platform.web.PageResponse;
import dev.ordo.riskassessment.AssetListItem;
import dev.ordo.riskassessment.AssetRequest;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.ImportReport;
import dev.ordo.riskassessment.application.AssetFiles;
import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.application.Tables;
import dev.ordo.riskassessment.domain.ListQueries;

/** The asset inventory over the API. */
@RestController
@RequestMapping("/api/v1/assets")
class AssetsApi {

	private final AssetService assets;

	private final AssetFiles files;

	AssetsApi(AssetService assets, AssetFiles files) {
		this.assets = assets;
		this.files = files;
	}

	/** Assets, filtered and sorted in the database (sort: name, type, protection, classification, updated). */
	@GetMapping
	PageResponse<AssetListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) AssetType type, @RequestParam(required = false) UUID ownerId,
			@RequestParam(required = false) Integer minProtection, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size, sort, ListQueries.ASSET_SORTS.keySet());
		return PageResponse.capped(assets.list(new ListQueries.AssetFilter(q, type, ownerId, minProtection), sort, page,
				size), ListQueries.COUNT_CAP);
	}

	@PostMapping
	ResponseEntity<AssetView> create(@RequestBody AssetRequest request) {
		AssetView asset = assets.create(request);
		return ResponseEntity.created(URI.create("/api/v1/assets/" + asset.id())).body(asset);
	}

	/** One asset, with its version as {@code ETag}. */
	@GetMapping("/{id}")
	ResponseEntity<AssetView> asset(@PathVariable UUID id) {
		AssetView asset = assets.asset(id);
		return EntityVersions.tagged(asset, asset.version());
	}

	/** Changes an asset; with {@code If-Match}, only if it is still the version read (else 412). */
	@PutMapping("/{id}")
	ResponseEntity<AssetView> update(@PathVariable UUID id, @RequestBody AssetRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		AssetView asset = assets.update(id, request, EntityVersions.expected(ifMatch));
		return EntityVersions.tagged(asset, asset.version());
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

	/** The inventory as CSV or XLSX ({@code format=csv|xlsx}), streamed. */
	@GetMapping("/export")
	void export(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
		Tables.Format f = Tables.Format.named(format);
		response.setContentType(f.contentType());
		response.setHeader("Content-Disposition", f.attachment("assets"));
		files.export(f, response.getOutputStream());
	}

	/**
	 * Imports assets from the body, CSV ({@code text/csv}) or XLSX (its spreadsheetml content type), read as a stream;
	 * answers which rows were rejected and why. {@code file} names the upload in the audit trail.
	 */
	@PostMapping(value = "/import", consumes = { "text/csv", "text/plain", Tables.XLSX_TYPE })
	ImportReport importFile(@RequestParam(required = false) String file, HttpServletRequest request)
			throws IOException {
		return files.importFile(Tables.Format.of(file, request.getContentType()), request.getInputStream(), file);
	}
}
