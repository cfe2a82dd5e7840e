package dev.ordo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.engine.RepositoryService;
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
}
