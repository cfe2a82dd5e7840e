package dev.ordo.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread runs, at the JDBC level: Hibernate's and those the read models run
 * through JdbcTemplate alike (Hibernate's own statistics see only the first). The application's data source is
 * wrapped once, for the shared context of {@link IntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static BeanPostProcessor countStatements() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource source && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(source).name(name).countQuery().build();
				}
				return bean;
			}
		};
	}

	/** Starts counting the current thread's statements from zero. */
	public static void reset() {
		QueryCountHolder.clear();
	}

	/** The statements the current thread ran since {@link #reset}. */
	public static long statements() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}
}
