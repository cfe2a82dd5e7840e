package dev.ordo.risktreatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.ordo.identity.Role;
import dev.ordo.identity.security.OrdoAuthentication;
import dev.ordo.implementation.AppliedControlRequest;
import dev.ordo.implementation.ImplementationStatus;
import dev.ordo.implementation.VerificationRequest;
import dev.ordo.implementation.VerificationResult;
import dev.ordo.implementation.application.AppliedControlService;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.application.SoaService;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.IntegrationTest;

/**
 * The SoA page (filters, decision form and scope form with errors next to the fields, submission, version page with
 * the frozen scope and top management's decision) and editing a treatment on the treatment page.
 */
class SoaPagesTest extends IntegrationTest {

	private RequestPostProcessor as(TestUser user) {
		return authentication(OrdoAuthentication.of(fixtures().principal(user)));
	}

	private String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aTreatmentEditedOnThePageShowsInTheSoaWhichIsDecidedSubmittedAndApproved() throws Exception {
		var org = fixtures().organization("SoA pages");
		var manager = org.user(Role.ISMS_MANAGER);
		var owner = org.user(Role.PROCESS_OWNER);
		var top = org.user(Role.TOP_MANAGEMENT);
		var risk = fixtures().as(manager, () -> context.getBean(RiskService.class).identify(new RiskRequest(
				"Backups lost", RiskKind.EVENT_BASED, null, null, null, null, "Ransomware", null, owner.id())));
		String treatment = "/risks/" + risk.id() + "/treatment";

		// Treatment form: errors next to the fields, then saved.
		String invalid = html(mvc.perform(post(treatment).with(as(manager)).with(csrf()).param("option", "MODIFY")
			.param("rationale", "").param("otherControls", "nonsense")).andExpect(status().isOk()));
		assertThat(invalid).contains("id=\"rationale-error\"", "id=\"otherControls-error\"");
		invalid = html(mvc.perform(post(treatment).with(as(manager)).with(csrf()).param("option", "MODIFY")
			.param("rationale", "Back up offline").param("otherControls", "iso27001-2022 A.99.9")).andExpect(status().isOk()));
		assertThat(invalid).contains("id=\"otherControls-error\"", "no control A.99.9");
		mvc.perform(post(treatment).with(as(manager)).with(csrf()).param("option", "MODIFY")
			.param("rationale", "Back up offline").param("annexControls", "A.8.13"))
			.andExpect(redirectedUrl(treatment));
		String plan = html(mvc.perform(post(treatment + "/plan-items").with(as(manager)).with(csrf())
			.param("title", "").param("dueDate", "soon")).andExpect(status().isOk()));
		assertThat(plan).contains("id=\"title-error\"", "id=\"dueDate-error\"");
		mvc.perform(post(treatment + "/plan-items").with(as(manager)).with(csrf()).param("title", "Offline backup")
			.param("ownerId", owner.id().toString()).param("dueDate", "2031-01-31").param("status", "PLANNED"))
			.andExpect(redirectedUrl(treatment));
		assertThat(html(mvc.perform(get(treatment).with(as(manager))))).contains("A.8.13", "Offline backup");
		assertThat(html(mvc.perform(get(treatment).with(as(org.user(Role.VIEWER)))))).doesNotContain("treatment-form");

		// The SoA page: the control is applicable with the risk; filters run on the server.
		String soa = html(mvc.perform(get("/soa").with(as(org.user(Role.AUDITOR)))).andExpect(status().isOk()));
		assertThat(soa).contains("id=\"row-A.8.13\"", "Backups lost", "href=\"" + treatment + "\"")
			.doesNotContain("submit-soa", "decide-A.8.13");
		String filtered = html(mvc.perform(get("/soa").param("applicability", "yes").header("HX-Request", "true")
			.with(as(manager))).andExpect(status().isOk()));
		assertThat(filtered).contains("row-A.8.13", "1 of 93").doesNotContain("row-A.5.1\"", "<html");
		assertThat(html(mvc.perform(get("/soa").param("theme", "organizational").param("applicability", "undecided")
			.with(as(manager))))).contains("row-A.5.1\"").doesNotContain("row-A.8.13");

		// Decision form: the error shows next to the control's field.
		String error = html(mvc.perform(post("/soa/applicability").with(as(manager)).with(csrf())
			.param("controlId", "A.7.4").param("applicable", "false")).andExpect(status().isOk()));
		assertThat(error).contains("id=\"justification-error-A.7.4\"", "is required to exclude a control");
		// Excluded and without an applied control, it needs no implementation; an included one without reads as a gap.
		mvc.perform(post("/soa/applicability").with(as(manager)).with(csrf()).param("controlId", "A.7.4")
			.param("applicable", "false").param("justification", "No premises of our own"))
			.andExpect(redirectedUrlPattern("/soa?*"));
		String decided = html(mvc.perform(get("/soa").with(as(manager))));
		assertThat(row(decided, "A.7.4")).contains("not required (excluded)").doesNotContain("not addressed");
		assertThat(row(decided, "A.5.1")).contains("not addressed");
		mvc.perform(post("/soa/applicability").with(as(manager)).with(csrf()).param("controlId", "A.8.13")
			.param("applicable", "false").param("justification", "Backups are the provider's"))
			.andExpect(redirectedUrlPattern("/soa?*"));
		assertThat(html(mvc.perform(get("/soa").param("applicability", "inconsistent").with(as(manager)))))
			.contains("row-A.8.13", "Inconsistent: Marked not applicable, but selected to treat 1 risk: Backups lost");
		mvc.perform(post("/soa/applicability").with(as(manager)).with(csrf()).param("controlId", "A.8.13")
			.param("applicable", "true")).andExpect(redirectedUrlPattern("/soa?*"));

		// The scope of the ISMS (4.3): submission is refused without it; the form shows its errors next to the field.
		assertThat(html(mvc.perform(get("/soa").with(as(manager))))).contains("id=\"submit-no-scope\"",
				"id=\"scope-form\"", "Not stated yet");
		assertThat(html(mvc.perform(post("/soa/versions").with(as(manager)).with(csrf()))
			.andExpect(status().isOk()))).contains("id=\"submit-error\"", "scope statement of the ISMS is missing");
		assertThat(html(mvc.perform(post("/soa/scope").with(as(manager)).with(csrf()).param("statement", " "))
			.andExpect(status().isOk()))).contains("id=\"statement-error\"", "is required");
		assertThat(html(mvc.perform(post("/soa/scope").with(as(manager)).with(csrf())
			.param("statement", "x".repeat(4001))).andExpect(status().isOk())))
			.contains("id=\"statement-error\"", "must have at most 4000 characters");
		String scope = "Bookkeeping for the clients of the firm, at the head office, with its staff and systems";
		mvc.perform(post("/soa/scope").with(as(manager)).with(csrf()).param("statement", scope))
			.andExpect(redirectedUrlPattern("/soa?*"));
		assertThat(html(mvc.perform(get("/soa").with(as(org.user(Role.AUDITOR))))))
			.contains("id=\"scope-statement\"", scope).doesNotContain("scope-form", "submit-no-scope");
		assertThat(html(mvc.perform(get("/soa").with(as(manager))))).doesNotContain("submit-no-scope");

		// Submission is refused next to its button while controls are undecided (A.7.4 and A.8.13 are decided above);
		// then approval on the version page.
		String refused = html(mvc.perform(post("/soa/versions").with(as(manager)).with(csrf()))
			.andExpect(status().isOk()));
		assertThat(refused).contains("id=\"submit-error\"", "91 controls are undecided (A.5.1, A.5.2, A.5.3, A.5.4, "
				+ "A.5.5, …)");
		fixtures().as(manager, () -> {
			SoaDecisions.excludeUndecided(context.getBean(SoaService.class), null);
			return null;
		});
		assertThat(html(mvc.perform(get("/soa").with(as(manager))))).doesNotContain("submit-undecided", "submit-error");
		String location = mvc.perform(post("/soa/versions").with(as(manager)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String mine = html(mvc.perform(get(location).with(as(manager))).andExpect(status().isOk()));
		assertThat(mine).contains("id=\"not-approved\"", scope).doesNotContain("id=\"approval\"");
		// A later edit of the scope leaves the submitted version as it was.
		mvc.perform(post("/soa/scope").with(as(manager)).with(csrf()).param("statement", "Everything"))
			.andExpect(redirectedUrlPattern("/soa?*"));
		assertThat(html(mvc.perform(get(location).with(as(manager))))).contains(scope);
		assertThat(html(mvc.perform(get(location).with(as(top))))).contains("id=\"approval\"");
		String rejectError = html(mvc.perform(post(location + "/decision").with(as(top)).with(csrf())
			.param("approved", "false")).andExpect(status().isOk()));
		assertThat(rejectError).contains("id=\"comment-error\"");
		mvc.perform(post(location + "/decision").with(as(top)).with(csrf()).param("approved", "true")
			.param("comment", "fine")).andExpect(redirectedUrl(location));
		String approved = html(mvc.perform(get(location).with(as(org.user(Role.VIEWER)))));
		assertThat(approved).contains("id=\"lineage\"", "fine").doesNotContain("id=\"not-approved\"");
		assertThat(html(mvc.perform(get("/soa").with(as(manager))))).contains("id=\"current-version\"", "Version 1");
		mvc.perform(get(location + "/export").param("format", "xlsx").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
					containsString("soa-iso27001-2022-v1.xlsx")));
		mvc.perform(get("/soa/export").param("format", "pdf").with(as(org.user(Role.VIEWER))))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void theTickedControlsAreDecidedAtOnceWithErrorsNextToTheBulkForm() throws Exception {
		var org = fixtures().organization("SoA bulk page");
		var manager = org.user(Role.ISMS_MANAGER);
		String page = html(mvc.perform(get("/soa").with(as(manager))).andExpect(status().isOk()));
		assertThat(page).contains("id=\"soa-bulk\"", "id=\"tick-all\"", "id=\"tick-A.8.25\"");
		assertThat(html(mvc.perform(get("/soa").with(as(org.user(Role.AUDITOR))))))
			.doesNotContain("soa-bulk\"", "tick-A.8.25");

		// Excluding without a justification: the error next to the field, the same controls still ticked.
		String error = html(mvc.perform(post("/soa/applicability/bulk").with(as(manager)).with(csrf())
			.param("controlIds", "A.8.25", "A.8.26").param("applicable", "false").param("theme", "technological"))
			.andExpect(status().isOk()));
		assertThat(error).contains("id=\"bulk-justification-error\"", "is required to exclude a control");
		assertThat(error).containsPattern("id=\"tick-A\\.8\\.25\"[^>]*checked")
			.doesNotContainPattern("id=\"tick-A\\.8\\.27\"[^>]*checked");
		assertThat(html(mvc.perform(post("/soa/applicability/bulk").with(as(manager)).with(csrf())
			.param("applicable", "false").param("justification", "x")).andExpect(status().isOk())))
			.contains("id=\"bulk-controls-error\"", "choose at least one control");

		// Recorded: back to the same filtered view, with a notice; the controls are no longer undecided.
		mvc.perform(post("/soa/applicability/bulk").with(as(manager)).with(csrf())
			.param("controlIds", "A.8.25", "A.8.26").param("applicable", "false")
			.param("justification", "No software is developed in house").param("theme", "technological")
			.param("applicability", "undecided"))
			.andExpect(redirectedUrl("/soa?theme=technological&applicability=undecided#soa-bulk"))
			.andExpect(flash().attribute("notice", "Applicability of 2 controls recorded: not applicable"));
		String undecided = html(mvc.perform(get("/soa").param("theme", "technological")
			.param("applicability", "undecided").with(as(manager))).andExpect(status().isOk()));
		assertThat(undecided).contains("row-A.8.27\"").doesNotContain("row-A.8.25\"", "row-A.8.26\"");
		assertThat(html(mvc.perform(get("/soa").param("applicability", "no").with(as(manager)))))
			.contains("row-A.8.25\"", "row-A.8.26\"", "No software is developed in house");
		mvc.perform(post("/soa/applicability/bulk").with(as(org.user(Role.VIEWER))).with(csrf())
			.param("controlIds", "A.8.27").param("applicable", "false").param("justification", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSoaPagesSayVerificationResultsCountOneControlInTheSingularAndNameTheFingerprint() throws Exception {
		var org = fixtures().organization("SoA page details");
		var manager = org.user(Role.ISMS_MANAGER);
		// A.8.8 is in progress and its last check found it not effective; excluding it is an inconsistency.
		fixtures().as(manager, () -> {
			var applied = context.getBean(AppliedControlService.class);
			var control = applied.create(new AppliedControlRequest("iso27001-2022", "A.8.8",
					ImplementationStatus.IN_PROGRESS, null, null, null, null));
			applied.verify(control.id(), new VerificationRequest("2026-01-05", VerificationResult.NOT_EFFECTIVE,
					"Patches wait 40 days"), null);
			SoaService service = context.getBean(SoaService.class);
			SoaDecisions.stateScope(service);
			service.decide(null, "A.8.8", new ApplicabilityRequest(false, "Patching is the provider's"));
			service.draft(null).controls().stream()
				.filter(e -> e.applicable() == null && !e.controlId().equals("A.8.34"))
				.forEach(e -> service.decide(null, e.controlId(),
						new ApplicabilityRequest(false, SoaDecisions.JUSTIFICATION)));
			return null;
		});
		String page = html(mvc.perform(get("/soa").param("theme", "technological").with(as(manager)))
			.andExpect(status().isOk()));
		assertThat(page).contains("1 control is undecided: decide them", "1 control is inconsistent;",
				"Verified 2026-01-05, not effective").doesNotContain("1 controls are");

		// The version page names the fingerprint the PDF and the XLSX print.
		SoaVersionView version = fixtures().as(manager, () -> {
			SoaService service = context.getBean(SoaService.class);
			service.decide(null, "A.8.34", new ApplicabilityRequest(false, SoaDecisions.JUSTIFICATION));
			return service.submit(null);
		});
		String sha = fixtures().as(manager,
				() -> context.getBean(SoaService.class).version(version.id().toString(), null).contentSha256());
		assertThat(sha).hasSize(64);
		assertThat(html(mvc.perform(get("/soa/versions/" + version.id()).with(as(org.user(Role.AUDITOR))))
			.andExpect(status().isOk()))).contains("id=\"fingerprint\">" + sha + "<",
					"Verified 2026-01-05, not effective");
	}

	/** The page's table row of one control. */
	private static String row(String page, String controlId) {
		int start = page.indexOf("id=\"row-" + controlId + "\"");
		assertThat(start).as("row of %s", controlId).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}
}
