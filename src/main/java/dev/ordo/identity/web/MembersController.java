package dev.ordo.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.identity.Role;
import dev.ordo.identity.application.MembershipService;
import dev.ordo.platform.web.FormErrors;
import dev.ordo.shared.InvalidInput;

/** The people of the current organization and their roles. */
@Controller
class MembersController {

	private final MembershipService memberships;

	MembersController(MembershipService memberships) {
		this.memberships = memberships;
	}

	/** The form to add a member. */
	static class MemberForm {

		@NotBlank(message = "must not be blank")
		private String username;

		private String displayName;

		private String initialPassword;

		private Set<Role> roles = EnumSet.noneOf(Role.class);

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getInitialPassword() {
			return initialPassword;
		}

		public void setInitialPassword(String initialPassword) {
			this.initialPassword = initialPassword;
		}

		public Set<Role> getRoles() {
			return roles;
		}

		public void setRoles(Set<Role> roles) {
			this.roles = roles;
		}
	}

	@GetMapping("/members")
	String list(Model model) {
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm());
		}
		model.addAttribute("members", memberships.members());
		model.addAttribute("allRoles", Role.values());
		return "identity/members";
	}

	@PostMapping("/members")
	String add(@jakarta.validation.Valid @ModelAttribute("memberForm") MemberForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormErrors.submit(binding, () -> {
			memberships.add(form.getUsername(), form.getDisplayName(), form.getInitialPassword(), form.getRoles());
			redirect.addFlashAttribute("notice", form.getUsername() + " added");
			return "redirect:/members";
		}, () -> list(model));
	}

	@PostMapping("/members/{userId}/remove")
	String remove(@PathVariable UUID userId, RedirectAttributes redirect) {
		try {
			memberships.remove(userId);
			redirect.addFlashAttribute("notice", "Removed from the organization");
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("error", String.join("; ", invalid.fieldErrors().values()));
		}
		return "redirect:/members";
	}

	@PostMapping("/members/{userId}/roles")
	String changeRoles(@PathVariable UUID userId, @RequestParam(name = "roles", required = false) Set<Role> roles,
			RedirectAttributes redirect) {
		try {
			memberships.changeRoles(userId, roles == null ? Set.of() : roles);
			redirect.addFlashAttribute("notice", "Roles changed");
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("error", String.join("; ", invalid.fieldErrors().values()));
		}
		return "redirect:/members";
	}
}
