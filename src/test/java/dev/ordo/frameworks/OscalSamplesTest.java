package dev.ordo.frameworks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Missing NIST fixtures fail the tests that need them, naming the files, instead of skipping them green. */
class OscalSamplesTest {

	@Test
	void missingFixturesFailWithTheirPath() {
		Path missing = Path.of("..", "shared", "fixtures", "no-such-fixture.json");
		assertThatThrownBy(() -> OscalSamples.require(List.of(OscalSamples.CATALOG, missing)))
			.isInstanceOf(AssertionFailedError.class).hasMessageContaining("NIST fixtures missing")
			.hasMessageContaining(missing.toAbsolutePath().normalize().toString())
			.hasMessageNotContaining(OscalSamples.CATALOG.getFileName().toString());
	}

	@Test
	void theFixturesAreHere() {
		assertThatCode(OscalSamples::requireFixtures).doesNotThrowAnyException();
	}
}
