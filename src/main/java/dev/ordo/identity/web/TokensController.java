package dev.ordo.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.identity.application.ApiTokenService;
import dev.ordo.shared.InvalidInput;

/** Personal API tokens: issue (the secret is shown once), list, revoke. */
@Controller
class TokensController {

	private final ApiTokenService tokens;

	TokensController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Model model) {
		model.addAttribute("tokens", tokens.mine());
		return "identity/tokens";
	}

	@PostMapping("/account/tokens")
	String issue(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer validDays,
			Model model, RedirectAttributes redirect) {
		try {
			var issued = tokens.issue(name, validDays);
			redirect.addFlashAttribute("issuedSecret", issued.secret());
			redirect.addFlashAttribute("issuedName", issued.token().name());
			return "redirect:/account/tokens";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("fieldErrors", invalid.fieldErrors());
			model.addAttribute("name", name);
			model.addAttribute("validDays", validDays);
			return list(model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(id);
		redirect.addFlashAttribute("notice", "Token revoked");
		return "redirect:/account/tokens";
	}
}
