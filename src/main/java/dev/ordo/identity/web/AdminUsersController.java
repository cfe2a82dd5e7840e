package dev.ordo.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.ordo.identity.application.UserAdministration;
import dev.ordo.shared.InvalidInput;

/** Platform administration of user accounts. */
@Controller
class AdminUsersController {

	private final UserAdministration users;

	AdminUsersController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", users.accounts(page, 50));
		return "identity/admin-users";
	}

	@PostMapping("/admin/users/{userId}/disable")
	String disable(@PathVariable UUID userId, RedirectAttributes redirect) {
		return act(() -> users.disable(userId), "Account disabled", redirect);
	}

	@PostMapping("/admin/users/{userId}/enable")
	String enable(@PathVariable UUID userId, RedirectAttributes redirect) {
		return act(() -> users.enable(userId), "Account enabled", redirect);
	}

	@PostMapping("/admin/users/{userId}/password")
	String resetPassword(@PathVariable UUID userId, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		return act(() -> users.resetPassword(userId, password), "Password reset", redirect);
	}

	private static String act(Runnable action, String done, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("error", String.join("; ", invalid.fieldErrors().values()));
		}
		return "redirect:/admin/users";
	}
}
