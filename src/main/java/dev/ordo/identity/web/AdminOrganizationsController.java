package dev.ordo.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.identity.application.OrganizationService;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.InvalidInput;

/** Platform administration of organizations. */
@Controller
class AdminOrganizationsController {

	private final OrganizationService organizations;

	AdminOrganizationsController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/admin/organizations")
	String list(Model model) {
		model.addAttribute("organizations", organizations.all());
		return "identity/admin-organizations";
	}

	@PostMapping("/admin/organizations")
	String create(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
		try {
			organizations.create(name, CurrentActor.require().userId());
			redirect.addFlashAttribute("notice", "Organization '" + name.trim() + "' created; you are its ISMS manager");
			return "redirect:/admin/organizations";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("fieldErrors", invalid.fieldErrors());
			model.addAttribute("name", name);
			return list(model);
		}
	}
}
