package dev.ordo.riskassessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.identity.Identity;
import dev.ordo.platform.web.FormErrors;
import dev.ordo.riskassessment.AssetListItem;
import dev.ordo.riskassessment.AssetType;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.AssetView.AssetRef;
import dev.ordo.riskassessment.application.AssetFiles;
import dev.ordo.riskassessment.application.AssetService;
import dev.ordo.riskassessment.application.Tables;
import dev.ordo.riskassessment.domain.ListQueries;
import dev.ordo.shared.Conflict;
import dev.ordo.shared.InvalidInput;

/** The asset inventory pages. */
@Controller
class AssetsController {

	private final AssetService assets;

	private final AssetFiles files;

	private final Identity identity;

	AssetsController(AssetService assets, AssetFiles files, Identity identity) {
		this.assets = assets;
		this.files = files;
		this.identity = identity;
	}

	@InitBinder("assetForm")
	void allowAssetFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "type", "description", "ownerId", "classification", "confidentiality",
				"integrity", "availability", "authenticity", "version");
	}

	@GetMapping("/assets")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AssetType type,
			@RequestParam(required = false) Integer minProtection, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			HttpServletRequest request, Model model) {
		model.addAttribute("countCap", ListQueries.COUNT_CAP);
		var list = assets.list(new ListQueries.AssetFilter(q, type, null, minProtection), sort, page, size);
		model.addAttribute("page", list);
		model.addAttribute("assetList", AssetListPage.of(list.getContent(), request.getContextPath()));
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("minProtection", minProtection);
		model.addAttribute("sort", ListQueries.ASSET_SORTS.containsKey(sort) ? sort : "name");
		model.addAttribute("types", AssetType.values());
		return "riskassessment/assets";
	}

	@GetMapping("/assets/new")
	String newAsset(Model model) {
		if (!model.containsAttribute("assetForm")) {
			model.addAttribute("assetForm", new AssetForm());
		}
		return form(null, model);
	}

	@PostMapping("/assets")
	String create(@ModelAttribute("assetForm") AssetForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			AssetView asset = assets.create(form.toRequest());
			redirect.addFlashAttribute("notice", "Asset registered");
			return "redirect:/assets/" + asset.id();
		}, () -> form(null, model));
	}

	/**
	 * The options of an asset picker (risk form, dependency form) matching what was typed: the first
	 * {@value #CHOICES} by name, plus the one already chosen. Pickers start with the first ones and ask here as the
	 * person types, so an inventory of 20,000 assets never goes into a page.
	 */
	@GetMapping("/assets/choices")
	String choices(@RequestParam(required = false) String q, @RequestParam(required = false) UUID assetId,
			@RequestParam(required = false) UUID exclude, Model model) {
		List<AssetListItem> found = new ArrayList<>(assets.list(new ListQueries.AssetFilter(q, null, null, null),
				"name", 0, CHOICES).getContent());
		found.removeIf(a -> a.id().equals(exclude));
		AssetRef chosen = null;
		if (assetId != null && found.stream().noneMatch(a -> a.id().equals(assetId))) {
			AssetView view = assets.asset(assetId);
			chosen = new AssetRef(view.id(), view.name(), view.type());
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("selected", assetId);
		model.addAttribute("choices", found);
		model.addAttribute("blank", exclude == null);
		return "riskassessment/asset-choices :: options";
	}

	static final int CHOICES = 50;

	@GetMapping("/assets/{id}")
	String asset(@PathVariable UUID id, Model model) {
		model.addAttribute("asset", assets.asset(id));
		model.addAttribute("candidates", assets.list(new ListQueries.AssetFilter(null, null, null, null), "name", 0,
				CHOICES).getContent().stream().filter(a -> !a.id().equals(id)).toList());
		return "riskassessment/asset";
	}

	@GetMapping("/assets/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		AssetView asset = assets.asset(id);
		if (!model.containsAttribute("assetForm")) {
			model.addAttribute("assetForm", AssetForm.of(asset));
		}
		return form(asset, model);
	}

	@PostMapping("/assets/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("assetForm") AssetForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		AssetView asset = assets.asset(id);
		return FormErrors.submit(binding, () -> {
			assets.update(id, form.toRequest(), form.getVersion());
			redirect.addFlashAttribute("notice", "Asset saved");
			return "redirect:/assets/" + id;
		}, () -> {
			// After the change message, saving again overwrites on purpose: the version just read.
			if (FormErrors.changedMeanwhile(binding)) {
				form.setVersion(asset.version());
			}
			return form(asset, model);
		});
	}

	@PostMapping("/assets/{id}/dependencies")
	String addDependency(@PathVariable UUID id, @RequestParam(required = false) UUID supportedAssetId,
			RedirectAttributes redirect) {
		try {
			assets.addDependency(id, supportedAssetId);
			redirect.addFlashAttribute("notice", "Dependency recorded; protection needs re-derived");
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("error", String.join("; ", invalid.fieldErrors().values()));
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("error", conflict.getMessage());
		}
		return "redirect:/assets/" + id;
	}

	@PostMapping("/assets/{id}/dependencies/{supportedAssetId}/delete")
	String removeDependency(@PathVariable UUID id, @PathVariable UUID supportedAssetId, RedirectAttributes redirect) {
		assets.removeDependency(id, supportedAssetId);
		redirect.addFlashAttribute("notice", "Dependency removed; protection needs re-derived");
		return "redirect:/assets/" + id;
	}

	@PostMapping("/assets/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			assets.delete(id);
			redirect.addFlashAttribute("notice", "Asset removed");
			return "redirect:/assets";
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("error", conflict.getMessage());
			return "redirect:/assets/" + id;
		}
	}

	/** The inventory as {@code /assets/export.csv} or {@code /assets/export.xlsx}. */
	@GetMapping("/assets/export.{format}")
	void export(@PathVariable String format, HttpServletResponse response) throws IOException {
		Tables.Format f = Tables.Format.named(format);
		response.setContentType(f.contentType());
		response.setHeader("Content-Disposition", f.attachment("assets"));
		files.export(f, response.getOutputStream());
	}

	@PostMapping("/assets/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		InputStream in = file.getInputStream();
		return ImportPage.show(model, AssetFiles.COLUMNS, "assets", () -> files.importFile(
				Tables.Format.of(file.getOriginalFilename(), file.getContentType()), in,
				file.getOriginalFilename()));
	}

	private String form(AssetView asset, Model model) {
		model.addAttribute("asset", asset);
		model.addAttribute("types", AssetType.values());
		model.addAttribute("members", identity.members());
		return "riskassessment/asset-form";
	}
}
