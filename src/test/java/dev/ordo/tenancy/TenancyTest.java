package dev.ordo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.ordo.platform.persistence.OrganizationOwned;
import dev.ordo.shared.TenantContext;
import dev.ordo.support.Api;
import dev.ordo.support.Fixtures;
import dev.ordo.support.Fixtures.TestOrg;
import dev.ordo.support.IntegrationTest;
import dev.ordo.support.TenancyFixture;

/**
 * Walks every {@code /api/v1} endpoint as a member of organization A with the identifiers of organization B's
 * records, and expects each to answer 404, exactly as for an id that does not exist. Lists must not contain any of
 * B's identifiers either.
 *
 * <p>Nothing here names an endpoint: endpoints come from Spring MVC's handler mappings and B's identifiers from
 * every organization-owned table (found through the JPA metamodel) and Flowable's tenant-bound runtime tables, so
 * endpoints and tables added later are walked without editing this test. Modules contribute records to walk with
 * through {@link TenancyFixture}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyTest extends IntegrationTest {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	private TestOrg a;

	private TestOrg b;

	private Set<String> foreignIds;

	private Set<String> sharedKeys;

	private Api asA;

	private Api asB;

	record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
	}

	@BeforeAll
	void populate() {
		Fixtures fixtures = fixtures();
		a = fixtures.organization("Tenant A");
		b = fixtures.organization("Tenant B");
		sharedKeys = new LinkedHashSet<>();
		for (TenancyFixture fixture : ServiceLoader.load(TenancyFixture.class)) {
			fixture.populate(fixtures, a);
			sharedKeys.addAll(fixture.populate(fixtures, b));
		}
		foreignIds = idsOf(b.id());
		foreignIds.removeAll(idsOf(a.id()));
		asA = new Api(mvc, fixtures.token(a.lead()));
		asB = new Api(mvc, fixtures.token(b.lead()));
	}

	/** Every identifier-like value in B's rows: ids, user ids, owner ids, task and process-instance ids. */
	private Set<String> idsOf(UUID organizationId) {
		Set<String> ids = new LinkedHashSet<>();
		EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
		TransactionTemplate tx = context.getBean(TransactionTemplate.class);
		TenantContext.runAs(organizationId, () -> tx.executeWithoutResult(status -> {
			EntityManager em = emf.createEntityManager();
			try {
				for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
					if (!OrganizationOwned.class.isAssignableFrom(entity.getJavaType())) {
						continue;
					}
					for (Attribute<?, ?> attribute : entity.getAttributes()) {
						if (attribute.getJavaType() == UUID.class && !attribute.getName().equals("organizationId")) {
							em.createQuery("select distinct e." + attribute.getName() + " from " + entity.getName()
									+ " e where e." + attribute.getName() + " is not null", UUID.class)
								.getResultList().forEach(id -> ids.add(id.toString()));
						}
					}
				}
			}
			finally {
				em.close();
			}
		}));
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		ids.addAll(jdbc.queryForList("select ID_ from ACT_RU_TASK where TENANT_ID_ = ?", String.class,
				organizationId.toString()));
		ids.addAll(jdbc.queryForList("select ID_ from ACT_RU_EXECUTION where TENANT_ID_ = ?", String.class,
				organizationId.toString()));
		ids.addAll(jdbc.queryForList("select ID_ from ACT_HI_TASKINST where TENANT_ID_ = ?", String.class,
				organizationId.toString()));
		return ids;
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		Map<RequestMappingInfo, HandlerMethod> handlers = context
			.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods();
		handlers.forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1/")) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, pattern, handler));
				}
				methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, handler)));
			}
		});
		return endpoints;
	}

	@Test
	void anotherOrganizationsRecordsAreNotFoundThroughAnyEndpoint() throws Exception {
		assertThat(foreignIds).as("organization B's identifiers").hasSizeGreaterThan(10);
		List<String> leaks = new ArrayList<>();
		int calls = 0;
		for (Endpoint endpoint : endpoints()) {
			if (!PATH_VARIABLE.matcher(endpoint.pattern()).find()) {
				continue;
			}
			Object body = sampleBody(endpoint.handler());
			for (String id : foreignIds) {
				String path = PATH_VARIABLE.matcher(endpoint.pattern()).replaceAll(Matcher.quoteReplacement(id));
				int status = asA.call(endpoint.method(), path, body).andReturn().getResponse().getStatus();
				calls++;
				// Platform administration is not organization data: a member is refused whatever the id.
				boolean platformLevel = endpoint.pattern().startsWith("/api/v1/admin/") && status == 403;
				if (status != 404 && !platformLevel) {
					leaks.add(endpoint.method() + " " + path + " -> " + status);
				}
			}
		}
		assertThat(calls).as("calls made").isGreaterThan(100);
		assertThat(leaks).isEmpty();
	}

	@Test
	void everyReadableEndpointWithAnIdServesItsOwnOrganization() throws Exception {
		// The ids used above are real: for every GET endpoint with a path variable, some id of B (or a shared key)
		// is found when B asks. Otherwise the 404s above would prove nothing.
		List<String> unproven = new ArrayList<>();
		Set<String> candidates = new LinkedHashSet<>(foreignIds);
		candidates.addAll(sharedKeys);
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.method() != HttpMethod.GET || !PATH_VARIABLE.matcher(endpoint.pattern()).find()) {
				continue;
			}
			boolean served = false;
			for (String id : candidates) {
				String path = PATH_VARIABLE.matcher(endpoint.pattern()).replaceAll(Matcher.quoteReplacement(id));
				if (asB.get(path).andReturn().getResponse().getStatus() == 200) {
					served = true;
					break;
				}
			}
			if (!served) {
				unproven.add(endpoint.pattern() + " (add a TenancyFixture that creates such a record)");
			}
		}
		assertThat(unproven).isEmpty();
	}

	@Test
	void listsShowNothingOfAnotherOrganization() throws Exception {
		List<String> leaks = new ArrayList<>();
		int lists = 0;
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.method() != HttpMethod.GET || PATH_VARIABLE.matcher(endpoint.pattern()).find()) {
				continue;
			}
			var response = asA.get(endpoint.pattern()).andReturn().getResponse();
			if (response.getStatus() != 200) {
				continue;
			}
			lists++;
			String body = response.getContentAsString();
			for (String id : foreignIds) {
				if (body.contains(id)) {
					leaks.add(endpoint.pattern() + " shows " + id);
				}
			}
			assertThat(body).doesNotContain(b.name());
		}
		assertThat(lists).isGreaterThan(5);
		assertThat(leaks).isEmpty();
	}

	/** A body the endpoint accepts as well-formed, so that it gets as far as looking the record up. */
	private static Object sampleBody(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return sample(parameter.getGenericParameterType());
			}
		}
		return null;
	}

	private static Object sample(Type type) {
		Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
		if (raw == String.class) {
			return "sample";
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return Boolean.TRUE;
		}
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			return 1;
		}
		if (raw == UUID.class) {
			return UUID.randomUUID().toString();
		}
		if (raw.isEnum()) {
			return raw.getEnumConstants()[0].toString();
		}
		if (Collection.class.isAssignableFrom(raw)) {
			Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
			return element instanceof Class<?> c && c.isEnum() ? List.of(sample(element)) : List.of();
		}
		if (Map.class.isAssignableFrom(raw)) {
			return Map.of("approved", true, "comment", "sample");
		}
		if (raw.isRecord()) {
			Map<String, Object> body = new LinkedHashMap<>();
			for (RecordComponent component : raw.getRecordComponents()) {
				body.put(component.getName(), sample(component.getGenericType()));
			}
			return body;
		}
		return Map.of();
	}
}
