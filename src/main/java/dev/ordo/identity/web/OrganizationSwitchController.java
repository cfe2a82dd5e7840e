package dev.ordo.identity.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.ordo.identity.OrganizationSummary;
import dev.ordo.identity.application.AccountService;
import dev.ordo.identity.application.OrganizationService;
import dev.ordo.identity.application.Principals;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.platform.web.PageModelContributor;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/** Switching the organization one works in: the consultant who runs several clients' ISMSs. */
@Controller
class OrganizationSwitchController {

	private final Principals principals;

	private final AccountService accounts;

	private final SecurityContextRepository contexts;

	OrganizationSwitchController(Principals principals, AccountService accounts, SecurityContextRepository contexts) {
		this.principals = principals;
		this.accounts = accounts;
		this.contexts = contexts;
	}

	@PostMapping("/organizations/switch")
	String switchTo(@RequestParam UUID organizationId, HttpServletRequest request, HttpServletResponse response) {
		OrdoPrincipal me = CurrentActor.require();
		OrdoPrincipal next = principals.forUser(me.userId(), organizationId)
			.orElseThrow(() -> new NotFound("Organization", organizationId));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(OrdoAuthentication.of(next));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		accounts.rememberOrganization(me.userId(), organizationId);
		return "redirect:/";
	}

	/** Every page's header offers the switch when the person belongs to more than one organization. */
	@org.springframework.stereotype.Component
	static class MyOrganizations implements PageModelContributor {

		private final OrganizationService organizations;

		MyOrganizations(OrganizationService organizations) {
			this.organizations = organizations;
		}

		@Override
		public void contribute(org.springframework.ui.ModelMap model) {
			model.addAttribute("myOrganizations",
					CurrentActor.principal().isPresent() ? organizations.mine() : List.<OrganizationSummary>of());
		}
	}
}
