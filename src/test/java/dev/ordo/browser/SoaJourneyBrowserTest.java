package dev.ordo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.ordo.identity.Role;
import dev.ordo.support.Browser;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.BrowserTest;

/**
 * The main journey of the Statement of Applicability: the ISMS manager creates an asset and a risk, rates it, treats
 * it with an Annex A control and requests acceptance; the risk owner accepts the residual risk; the control is in the
 * SoA, applicable, with the risk as its justification.
 */
class SoaJourneyBrowserTest extends BrowserTest {

	@Test
	void aRiskTreatedWithAnAnnexAControlJustifiesTheControlInTheSoa() throws Exception {
		TestOrg org = fixtures().organization("SoA browser");
		TestUser manager = org.user(Role.ISMS_MANAGER);
		TestUser owner = org.user(Role.PROCESS_OWNER);

		signIn(manager);
		browser.findElement(By.linkText("Assets")).click();
		wait.until(ExpectedConditions.urlContains("/assets"));
		browser.findElement(By.id("new-asset")).click();
		wait.until(ExpectedConditions.urlContains("/assets/new"));
		browser.findElement(By.id("name")).sendKeys("Field laptops");
		new Select(browser.findElement(By.id("type"))).selectByVisibleText("Information");
		new Select(browser.findElement(By.id("ownerId"))).selectByVisibleText(owner.displayName());
		browser.findElement(By.id("save-asset")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("protection")));

		browser.findElement(By.linkText("Identify a risk for this asset")).click();
		wait.until(ExpectedConditions.urlContains("/risks/new"));
		browser.findElement(By.id("title")).sendKeys("Malware spreads from field laptops");
		new Select(browser.findElement(By.id("threatKey"))).selectByValue("T-MALWARE");
		new Select(browser.findElement(By.id("vulnerabilityKey"))).selectByValue("V-PATCH");
		new Select(browser.findElement(By.id("ownerId"))).selectByVisibleText(owner.displayName());
		browser.findElement(By.id("save-risk")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ratings")));
		new Select(browser.findElement(By.id("likelihood"))).selectByValue("4");
		new Select(browser.findElement(By.id("consequence"))).selectByValue("3");
		browser.findElement(By.id("reason")).sendKeys("No endpoint protection yet");
		browser.findElement(By.id("save-rating")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "No endpoint protection yet"));
		// Acceptance is of a rated residual risk: rate it as it will be after the treatment.
		new Select(browser.findElement(By.id("kind"))).selectByValue("RESIDUAL");
		new Select(browser.findElement(By.id("likelihood"))).selectByValue("2");
		new Select(browser.findElement(By.id("consequence"))).selectByValue("2");
		browser.findElement(By.id("reason")).sendKeys("With endpoint protection on every laptop");
		browser.findElement(By.id("save-rating")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
				"With endpoint protection on every laptop"));
		Browser.screenshot(browser, "soa-1-risk-rated");

		// The risk page says how the risk is treated; not yet.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary-option")));
		assertThat(browser.findElement(By.id("summary-option")).getText()).isEqualTo("not chosen yet");
		browser.findElement(By.id("treatment-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("treatment-form")));
		new Select(browser.findElement(By.id("option-select"))).selectByValue("MODIFY");
		browser.findElement(By.id("rationale")).sendKeys("Endpoint protection on every laptop");
		new Select(browser.findElement(By.id("annexControls"))).selectByValue("A.8.7");
		Browser.screenshot(browser, "soa-2-treatment-form");
		browser.findElement(By.id("save-treatment")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("controls"), "A.8.7"));
		assertThat(browser.findElement(By.id("option")).getText()).isEqualTo("modify");
		browser.findElement(By.xpath("//button[normalize-space()='Request acceptance from the risk owner']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("acceptances"), "requested"));
		signOut();

		signIn(owner);
		browser.findElement(By.linkText("My tasks")).click();
		wait.until(ExpectedConditions.urlContains("/tasks"));
		browser.findElement(By.partialLinkText("Accept")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary-acceptance"),
				"waiting for the risk owner"));
		browser.findElement(By.id("treatment-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
		assertThat(browser.findElement(By.id("residual-to-accept")).getText()).contains("level");
		new Select(browser.findElement(By.id("accepted"))).selectByValue("true");
		browser.findElement(By.id("comment")).sendKeys("Residual risk is acceptable with endpoint protection");
		Browser.screenshot(browser, "soa-3-accept");
		browser.findElement(By.xpath("//button[normalize-space()='Decide']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval")));
		assertThat(browser.findElement(By.id("acceptances")).getText()).contains("accepted");
		browser.findElement(By.linkText("Malware spreads from field laptops")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary-acceptance"), "accepted by"));
		assertThat(browser.findElement(By.id("summary-controls")).getText()).contains("A.8.7");
		assertThat(browser.findElement(By.id("summary-option")).getText()).isEqualTo("modify");
		Browser.screenshot(browser, "soa-3b-risk-treated");
		// The register says so too: its treatment column, filled for the page's risks by one request to risk
		// treatment, shows the option, the plan and the acceptance, and links to the treatment.
		String riskId = browser.getCurrentUrl().replaceAll(".*/risks/([0-9a-f-]{36}).*", "$1");
		browser.findElement(By.linkText("Risks")).click();
		By cell = By.id("treatment-" + riskId);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(cell, "accepted until"));
		assertThat(browser.findElement(cell).getText()).contains("modify", "no actions");
		Browser.screenshot(browser, "soa-3c-register-treated");
		// And the register answers the auditor's question by its treatment filter: the accepted risks are this one.
		new Select(browser.findElement(By.id("treatment"))).selectByValue("ACCEPTED");
		browser.findElement(By.cssSelector("#risk-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("treatment=ACCEPTED"));
		assertThat(browser.findElements(By.cssSelector("#risks tbody tr"))).singleElement()
			.satisfies(r -> assertThat(r.getText()).contains("Malware spreads from field laptops"));
		new Select(browser.findElement(By.id("treatment"))).selectByValue("UNTREATED");
		browser.findElement(By.cssSelector("#risk-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("treatment=UNTREATED"));
		assertThat(browser.findElements(By.id("treatment-" + riskId))).isEmpty();
		new Select(browser.findElement(By.id("treatment"))).selectByValue("ACCEPTED");
		browser.findElement(By.cssSelector("#risk-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("treatment=ACCEPTED"));
		cell = By.id("treatment-" + riskId);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(cell, "accepted until"));
		browser.findElement(cell).findElement(By.linkText("modify")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval")));

		browser.findElement(By.linkText("SoA")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("soa-table")));
		WebElement row = browser.findElement(By.id("row-A.8.7"));
		assertThat(row.findElement(By.className("applicable")).getText()).isEqualTo("yes");
		assertThat(row.getText()).contains("Malware spreads from field laptops", "residual risk accepted");
		new Select(browser.findElement(By.id("applicability"))).selectByValue("yes");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("soa-rows"), "1 of 93"));
		assertThat(browser.findElements(By.cssSelector("#soa-table tbody tr"))).hasSize(1);
		assertThat(browser.getCurrentUrl()).contains("applicability=yes");
		Browser.screenshot(browser, "soa-4-soa");
		browser.findElement(By.xpath("//tr[@id='row-A.8.7']//ul[@class='risks']//a")).click();
		wait.until(ExpectedConditions.urlContains("/treatment"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Malware spreads from field laptops");

		// The ISMS manager excludes the undecided technological controls at once: filter, tick all shown, decide.
		signOut();
		signIn(manager);
		browser.findElement(By.linkText("SoA")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("soa-table")));
		new Select(browser.findElement(By.id("theme"))).selectByValue("technological");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("soa-rows"), "34 of 93"));
		new Select(browser.findElement(By.id("applicability"))).selectByValue("undecided");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("soa-rows"), "33 of 93"));
		browser.findElement(By.id("tick-all")).click();
		assertThat(browser.findElements(By.cssSelector("input[name=controlIds]:checked"))).hasSize(33);
		new Select(browser.findElement(By.id("bulk-applicable"))).selectByValue("false");
		browser.findElement(By.id("bulk-justification")).sendKeys("Technology is run by the managed hosting provider");
		Browser.screenshot(browser, "soa-5-bulk-ticked");
		browser.findElement(By.id("bulk-decide")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Applicability of 33 controls recorded: not applicable"));
		assertThat(browser.getCurrentUrl()).contains("theme=technological", "applicability=undecided");
		assertThat(browser.findElement(By.id("soa-rows")).getText()).contains("0 of 93");
		assertThat(browser.findElement(By.id("counts")).getText()).contains("33 not applicable", "59 undecided");
		Browser.screenshot(browser, "soa-6-bulk-decided");
	}
}
