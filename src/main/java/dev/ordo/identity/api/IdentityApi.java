package dev.ordo.identity.api;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.ordo.identity.MemberSummary;
import dev.ordo.identity.OrganizationSummary;
import dev.ordo.identity.Role;
import dev.ordo.identity.application.ApiTokenService;
import dev.ordo.identity.application.ApiTokenService.IssuedToken;
import dev.ordo.identity.application.ApiTokenService.TokenView;
import dev.ordo.identity.application.MembershipService;
import dev.ordo.identity.application.OrganizationService;
import dev.ordo.identity.application.UserAdministration;
import dev.ordo.identity.application.UserAdministration.AccountView;
import dev.ordo.platform.web.ListParameters;
import dev.ordo.platform.web.PageResponse;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.NotFound;
import dev.ordo.shared.OrdoPrincipal;

/** People, organizations and API tokens over the API. */
@RestController
@RequestMapping("/api/v1")
class IdentityApi {

	private final MembershipService memberships;

	private final OrganizationService organizations;

	private final ApiTokenService tokens;

	private final UserAdministration users;

	IdentityApi(MembershipService memberships, OrganizationService organizations, ApiTokenService tokens,
			UserAdministration users) {
		this.memberships = memberships;
		this.organizations = organizations;
		this.tokens = tokens;
		this.users = users;
	}

	/** The caller, the organization they act in, and their roles there. */
	@GetMapping("/me")
	OrdoPrincipal me() {
		return CurrentActor.require();
	}

	@GetMapping("/members")
	List<MemberSummary> members() {
		return memberships.members();
	}

	@GetMapping("/members/{userId}")
	MemberSummary member(@PathVariable UUID userId) {
		return memberships.member(userId).orElseThrow(() -> new NotFound("Member", userId));
	}

	record NewMember(@NotBlank @Size(max = 200) String username, @Size(max = 200) String displayName,
			String initialPassword, @NotEmpty Set<Role> roles) {
	}

	@PostMapping("/members")
	ResponseEntity<MemberSummary> addMember(@Valid @RequestBody NewMember body) {
		MemberSummary added = memberships.add(body.username(), body.displayName(), body.initialPassword(),
				body.roles());
		return ResponseEntity.created(URI.create("/api/v1/members/" + added.userId())).body(added);
	}

	record RolesChange(@NotEmpty Set<Role> roles) {
	}

	@PutMapping("/members/{userId}/roles")
	MemberSummary changeRoles(@PathVariable UUID userId, @Valid @RequestBody RolesChange body) {
		return memberships.changeRoles(userId, body.roles());
	}

	/** Removes a person from the organization; their account and other memberships stay. */
	@DeleteMapping("/members/{userId}")
	ResponseEntity<Void> removeMember(@PathVariable UUID userId) {
		memberships.remove(userId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/tokens")
	List<TokenView> myTokens() {
		return tokens.mine();
	}

	record NewToken(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(366) Integer validDays) {
	}

	/** Issues a token; the response is the only place its secret ever appears. */
	@PostMapping("/tokens")
	ResponseEntity<IssuedToken> issue(@Valid @RequestBody NewToken body) {
		IssuedToken issued = tokens.issue(body.name(), body.validDays());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(issued);
	}

	@DeleteMapping("/tokens/{tokenId}")
	ResponseEntity<Void> revoke(@PathVariable UUID tokenId) {
		tokens.revoke(tokenId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/organizations/mine")
	List<OrganizationSummary> myOrganizations() {
		return organizations.mine();
	}

	@GetMapping("/admin/organizations")
	List<OrganizationSummary> allOrganizations() {
		return organizations.all();
	}

	record NewOrganization(@NotBlank @Size(max = 200) String name) {
	}

	@PostMapping("/admin/organizations")
	ResponseEntity<OrganizationSummary> createOrganization(@Valid @RequestBody NewOrganization body) {
		OrganizationSummary created = organizations.create(body.name(), CurrentActor.require().userId());
		return ResponseEntity.created(URI.create("/api/v1/admin/organizations/" + created.id())).body(created);
	}

	/** Platform administrator: every user account, paged. */
	@GetMapping("/admin/users")
	PageResponse<AccountView> accounts(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ListParameters.check(page, size);
		return PageResponse.of(users.accounts(page, size));
	}

	@PostMapping("/admin/users/{userId}/disable")
	ResponseEntity<Void> disable(@PathVariable UUID userId) {
		users.disable(userId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/admin/users/{userId}/enable")
	ResponseEntity<Void> enable(@PathVariable UUID userId) {
		users.enable(userId);
		return ResponseEntity.noContent().build();
	}

	record PasswordReset(@NotBlank String password) {
	}

	@PostMapping("/admin/users/{userId}/password")
	ResponseEntity<Void> resetPassword(@PathVariable UUID userId, @Valid @RequestBody PasswordReset body) {
		users.resetPassword(userId, body.password());
		return ResponseEntity.noContent().build();
	}
}
