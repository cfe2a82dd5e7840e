package dev.ordo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A run names the module and TS 27022 process of its model whether the engine deployed the model from a folder (a
 * path) or from inside the application's jar (the file name alone, as with {@code ./ordo} and {@code java -jar}).
 */
class ProcessModulesTest {

	ProcessModules modules = new ProcessModules();

	@Test
	void aModelIsFoundByItsFileNameOrByAPathEndingInIt() {
		assertThat(modules.moduleOfModel("risk-acceptance.bpmn20.xml")).isEqualTo("risktreatment");
		assertThat(modules.moduleOfModel("/work/ordo/target/classes/processes/riskassessment/periodic-reassessment.bpmn20.xml"))
			.isEqualTo("riskassessment");
		assertThat(modules.moduleOfModel("C:\\\\ordo\\\\processes\\\\processes\\\\tailoring-approval.bpmn20.xml"))
			.isEqualTo("processes");
		assertThat(modules.moduleOfModel("unknown.bpmn20.xml")).isNull();
		assertThat(modules.moduleOfModel(null)).isNull();
		assertThat(modules.process("risktreatment").clause()).isEqualTo("7.5");
	}
}
