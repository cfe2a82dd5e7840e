package dev.ordo.riskassessment.application;

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

class HeatMapCellsTest {

	final AtomicLong now = new AtomicLong();

	final HeatMapCells cells = new HeatMapCells(Duration.ofSeconds(30), now::get);

	final UUID org = UUID.randomUUID();

	final AtomicInteger counts = new AtomicInteger();

	List<Object[]> count() {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 1, 1, (long) counts.incrementAndGet() });
		return rows;
	}

	long served(UUID organization, RatingKind kind) {
		return (long) cells.cells(organization, kind, this::count).get(0)[2];
	}

	@Test
	void countsAreKeptPerOrganizationAndKindUntilAChange() {
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(1);
		assertThat(served(org, RatingKind.RESIDUAL)).isEqualTo(2);
		assertThat(served(UUID.randomUUID(), RatingKind.CURRENT)).isEqualTo(3);

		cells.changed(org);
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(4);
		assertThat(served(org, RatingKind.RESIDUAL)).isEqualTo(5);
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(4);
	}

	@Test
	void countsTakenWhileAChangeWasUnderWayAreNotKept() {
		cells.cells(org, RatingKind.CURRENT, () -> {
			cells.changed(org);
			return count();
		});
		assertThat(served(org, RatingKind.CURRENT)).isEqualTo(2);
	}

	@Test
	void aChangeInATransactionOutdatesTheCountsAgainWhenItEnds() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			cells.changed(org);
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
