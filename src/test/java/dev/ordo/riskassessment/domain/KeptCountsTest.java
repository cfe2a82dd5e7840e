package dev.ordo.riskassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.ordo.riskassessment.RatingKind;
import dev.ordo.riskassessment.domain.KeptCounts.Register;

class KeptCountsTest {

	final AtomicLong now = new AtomicLong();

	final KeptCounts kept = new KeptCounts(Duration.ofSeconds(30), now::get);

	final UUID org = UUID.randomUUID();

	final AtomicInteger counts = new AtomicInteger();

	List<Object[]> count() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 1, 1, (long) counts.incrementAndGet() });
		return rows;
	}

	long served(UUID organization, RatingKind kind) {
		return (long) kept.count(organization, Register.RISKS, kind, this::count).get(0)[2];
	}

	@Test
	void countsAreKeptPerOrganizationRegisterAndWhatUntilTheRegisterChanges() {
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
		assertThat(served(org, RatingKind.RESIDUAL)).isEqualTo(2);
		assertThat(served(UUID.randomUUID(), RatingKind.CURRENT)).isEqualTo(3);

		kept.changed(org, Register.ASSETS);
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
		kept.changed(org, Register.RISKS);
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(4);
		assertThat(served(org, RatingKind.RESIDUAL)).isEqualTo(5);
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(4);
	}

	@Test
	void countsTakenWhileAChangeWasUnderWayAreNotKept() {
		kept.count(org, Register.RISKS, RatingKind.CURRENT, () -> {
			kept.changed(org, Register.RISKS);
			return count();
		});
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(2);
	}

	@Test
	void aChangeInATransactionOutdatesTheCountsAgainWhenItEnds() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			kept.changed(org, Register.RISKS);
			// Before the commit is visible a reader counts the old rows and keeps them ...
			assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
			assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		// ... but not past the end of the transaction.
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(2);
	}

	@Test
	void keptCountsExpire() {
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
		now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
		now.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(2);
	}
}
