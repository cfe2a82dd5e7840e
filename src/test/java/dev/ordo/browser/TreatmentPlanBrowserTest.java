package dev.ordo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.ordo.identity.Role;
import dev.ordo.riskassessment.RiskKind;
import dev.ordo.riskassessment.RiskRequest;
import dev.ordo.riskassessment.application.RiskService;
import dev.ordo.risktreatment.PlanItemRequest;
import dev.ordo.risktreatment.application.RiskTreatmentService;
import dev.ordo.support.Browser;
import dev.ordo.support.BrowserTest;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.Fixtures.TestUser;

/**
 * Changing a treatment plan item on the treatment page (ISO/IEC 27001 6.1.3 e): htmx puts the item's form in place of
 * its row, a wrong value is shown next to its field, a right one is saved.
 */
class TreatmentPlanBrowserTest extends BrowserTest {

	@Test
	void anEditorChangesAPlanItemInPlace() throws Exception {
		TestOrg org = fixtures().organization("Plan browser");
		TestUser manager = org.user(Role.ISMS_MANAGER);
		TestUser owner = org.user(Role.PROCESS_OWNER);
		String[] ids = fixtures().as(manager, () -> {
			var risk = context.getBean(RiskService.class).identify(new RiskRequest("Backups unreadable",
					RiskKind.EVENT_BASED, null, null, null, null, "Restore fails", null, owner.id()));
			var item = context.getBean(RiskTreatmentService.class).addPlanItem(risk.id(),
					new PlanItemRequest("Test a restore", null, "2030-06-30", null, null, null));
			return new String[] { risk.id().toString(), item.id().toString() };
		});

		signIn(manager);
		String page = "http://localhost:" + port + "/risks/" + ids[0] + "/treatment";
		browser.get(page);
		browser.findElement(By.id("edit-" + ids[1])).click();
		WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title-" + ids[1])));
		// swapped in by htmx: still the same page, the row replaced by the form
		assertThat(browser.getCurrentUrl()).isEqualTo(page);
		assertThat(title.getAttribute("value")).isEqualTo("Test a restore");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", title);
		Browser.screenshot(browser, "treatment-1-plan-item-form");

		browser.findElement(By.id("cost-" + ids[1])).sendKeys("-5");
		browser.findElement(By.id("save-item-" + ids[1])).click();
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cost-error-" + ids[1])));
		assertThat(error.getText()).isEqualTo("must not be negative");
		// the answer is the whole page, scrolled back to the item's form
		assertThat(browser.getCurrentUrl()).endsWith("#item-" + ids[1]);
		Browser.screenshot(browser, "treatment-2-plan-item-error");

		browser.findElement(By.id("cost-" + ids[1])).clear();
		browser.findElement(By.id("cost-" + ids[1])).sendKeys("1200");
		browser.findElement(By.id("title-" + ids[1])).clear();
		browser.findElement(By.id("title-" + ids[1])).sendKeys("Test a full restore every quarter");
		new Select(browser.findElement(By.id("ownerId-" + ids[1]))).selectByVisibleText(owner.displayName());
		new Select(browser.findElement(By.id("status-" + ids[1]))).selectByValue("IN_PROGRESS");
		browser.findElement(By.id("save-item-" + ids[1])).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-" + ids[1]),
				"Test a full restore every quarter"));
		String row = browser.findElement(By.id("item-" + ids[1])).getText();
		assertThat(row).contains(owner.displayName(), "1,200.00", "in progress");
		assertThat(browser.findElements(By.id("plan-item-edit-" + ids[1]))).isEmpty();
	}
}
