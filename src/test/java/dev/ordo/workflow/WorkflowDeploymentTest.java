package dev.ordo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

import dev.ordo.support.IntegrationTest;

class WorkflowDeploymentTest extends IntegrationTest {

	@Test
	void eachModuleFolderIsItsOwnDeployment() {
		RepositoryService repository = context.getBean(RepositoryService.class);
		var definition = repository.createProcessDefinitionQuery().processDefinitionKey("processTailoringApproval")
			.latestVersion().singleResult();
		assertThat(definition).isNotNull();
		var deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
		assertThat(deployment.getName()).endsWith("processes");
	}

	/**
	 * Run pages show their steps from the engine's history: it must outlive the three-year certification cycle an
	 * auditor looks back over, and still be cleaned eventually.
	 */
	@Test
	void engineHistoryIsKeptForTheCertificationCycle() {
		ProcessEngineConfigurationImpl engine = context.getBean(ProcessEngineConfigurationImpl.class);
		assertThat(engine.isEnableHistoryCleaning()).isTrue();
		assertThat(engine.getCleanInstancesEndedAfter()).isEqualTo(Duration.ofDays(1461))
			.isGreaterThan(Duration.ofDays(3 * 366));
	}
}
