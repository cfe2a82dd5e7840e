package dev.ordo.platform;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;

/**
 * Gives the page engine's name repositories unfair read-write locks instead of Thymeleaf's fair ones (Thymeleaf
 * 3.1.5–3.1.7; upstream pull request thymeleaf/thymeleaf#938).
 *
 * <p>Thymeleaf looks up the definition of every attribute and element name it meets that is not plain HTML
 * ({@code hx-get}, {@code aria-label}, {@code th:…}, SVG's {@code x} and {@code d}) under a read lock, also while a
 * page is being written ({@code th:attr}). Its lock is fair: once one thread waits, every later reader queues
 * behind it, and each hand-over waits for the next thread to get a processor. Under the benchmark's register load
 * (64 readers, two cores) one first-seen name started such a queue, and it never drained: about 45 request threads
 * parked on the lock at any moment, and the register page's p95 was 1,008 ms against 108 ms for the same read
 * through the API (JFR, docs/performance.md). An unfair lock lets readers pass each other as the lock intends; a
 * reader waits only for a writer, which comes once per name ever seen. Nothing else of Thymeleaf changes.
 *
 * <p>The locks are replaced before the engine serves its first template: the engine is initialized here, right after
 * Spring Boot configured it. If a later Thymeleaf has no such fields, nothing is replaced and a warning says so.
 */
@Component
class TemplateEngineLocks implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(TemplateEngineLocks.class);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof TemplateEngine engine) {
			int replaced = unfair(engine.getConfiguration());
			if (replaced == 0) {
				log.warn("Thymeleaf's name repositories were not found: their locks stay as Thymeleaf made them");
			}
		}
		return bean;
	}

	/** Replaces the locks of the configuration's attribute and element repositories; how many were replaced. */
	static int unfair(IEngineConfiguration configuration) {
		int replaced = 0;
		for (Object repository : repositories(configuration)) {
			try {
				Field lock = repository.getClass().getDeclaredField("lock");
				Field read = repository.getClass().getDeclaredField("readLock");
				Field write = repository.getClass().getDeclaredField("writeLock");
				for (Field field : List.of(lock, read, write)) {
					field.setAccessible(true);
				}
				ReentrantReadWriteLock unfair = new ReentrantReadWriteLock(false);
				lock.set(repository, unfair);
				read.set(repository, unfair.readLock());
				write.set(repository, unfair.writeLock());
				replaced++;
			}
			catch (ReflectiveOperationException | RuntimeException e) {
				log.warn("Thymeleaf's lock of {} stays as it is: {}", repository.getClass().getName(), e.toString());
			}
		}
		return replaced;
	}

	/** The repositories of names per template mode, in the attribute and the element definitions. */
	static List<Object> repositories(IEngineConfiguration configuration) {
		List<Object> repositories = new ArrayList<>();
		for (Object definitions : List.of(configuration.getAttributeDefinitions(),
				configuration.getElementDefinitions())) {
			for (Field field : definitions.getClass().getDeclaredFields()) {
				if (field.getType().getSimpleName().endsWith("DefinitionRepository")) {
					try {
						field.setAccessible(true);
						repositories.add(field.get(definitions));
					}
					catch (ReflectiveOperationException | RuntimeException e) {
						log.warn("Thymeleaf's {} is not readable: {}", field.getName(), e.toString());
					}
				}
			}
		}
		return repositories;
	}

	/** Whether the repository's lock is fair (for the test that keeps this class honest). */
	static boolean fair(Object repository) throws ReflectiveOperationException {
		Field lock = repository.getClass().getDeclaredField("lock");
		lock.setAccessible(true);
		return ((ReadWriteLock) lock.get(repository)) instanceof ReentrantReadWriteLock reentrant && reentrant.isFair();
	}
}
