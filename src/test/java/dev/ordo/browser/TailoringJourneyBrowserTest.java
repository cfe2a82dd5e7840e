package dev.ordo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.ordo.identity.Role;
import dev.ordo.support.Browser;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;
import dev.ordo.support.BrowserTest;

/**
 * The main journey of the foundation in a real browser: the ISMS manager signs in, opens the process map, opens a
 * process and proposes a new owner; top management finds the approval in "My tasks" and approves it; the process
 * then shows its new owner.
 */
class TailoringJourneyBrowserTest extends BrowserTest {

	@Test
	void theIsmsManagerChangesAProcessOwnerAndTopManagementApproves() throws Exception {
		TestOrg org = fixtures().organization("Browser");
		TestUser newOwner = org.user(Role.PROCESS_OWNER);

		signIn(org.user(Role.ISMS_MANAGER));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ISMS process map");
		assertThat(browser.findElements(By.cssSelector("#process-map .node a"))).hasSize(17);
		assertThat(browser.findElements(By.cssSelector("#process-map .edge"))).hasSize(58);
		Browser.screenshot(browser, "1-process-map");

		browser.findElement(By.cssSelector("#process-map a[href='/processes/risk-assessment']")).click();
		wait.until(ExpectedConditions.urlContains("/processes/risk-assessment"));
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.contains("7.4", "Information security risk assessment process");
		assertThat(browser.findElement(By.id("owner")).getText()).isEqualTo("not assigned");

		new Select(browser.findElement(By.id("ownerId"))).selectByVisibleText(newOwner.displayName());
		new Select(browser.findElement(By.id("targetLevel"))).selectByValue("3");
		browser.findElement(By.id("reason")).sendKeys("Olga runs the risk register");
		Browser.screenshot(browser, "2-propose");
		browser.findElement(By.id("propose-change")).click();
		wait.until(ExpectedConditions.urlContains("/processes/tailoring-changes/"));
		assertThat(browser.findElement(By.id("change-status")).getText()).isEqualTo("proposed");
		assertThat(browser.findElement(By.id("proposed-owner")).getText()).isEqualTo(newOwner.displayName());
		assertThat(browser.findElements(By.id("approve"))).isEmpty();
		signOut();

		signIn(org.user(Role.TOP_MANAGEMENT));
		browser.findElement(By.linkText("My tasks")).click();
		wait.until(ExpectedConditions.urlContains("/tasks"));
		browser.findElement(By.partialLinkText("Decide on tailoring of 7.4")).click();
		wait.until(ExpectedConditions.urlContains("/processes/tailoring-changes/"));
		browser.findElement(By.id("comment")).sendKeys("Agreed");
		Browser.screenshot(browser, "3-decide");
		browser.findElement(By.id("approve")).click();
		wait.until(ExpectedConditions.textToBe(By.id("change-status"), "approved"));

		browser.get("http://localhost:" + port + "/processes/risk-assessment");
		assertThat(browser.findElement(By.id("owner")).getText()).isEqualTo(newOwner.displayName());
		assertThat(browser.findElement(By.id("target-level")).getText()).isEqualTo("3");
		Browser.screenshot(browser, "4-process-after");
	}
}
