package dev.ordo.support;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two first saves of a record that exists once, at the same moment, in two real transactions: "mine" reads that there
 * is none (repeatable read keeps what it read), "theirs" is then saved and committed in a transaction of its own, and
 * "mine" saves after it, as the later of two people who both found none would.
 */
public final class FirstSaveRace {

	private FirstSaveRace() {
	}

	/** What the later save threw ({@code null} if nothing); its transaction is rolled back either way. */
	public static Throwable later(ApplicationContext context, Runnable read, Runnable theirs, Runnable mine) {
		PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
		TransactionTemplate later = new TransactionTemplate(transactions);
		later.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		TransactionTemplate own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		later.executeWithoutResult(tx -> {
			read.run();
			own.executeWithoutResult(other -> theirs.run());
			thrown.set(catchThrowable(mine::run));
			tx.setRollbackOnly();
		});
		return thrown.get();
	}
}
