package dev.ordo.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls {@code /api/v1} the way an integration would: bearer token, JSON in and out. */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final String token;

	public Api(MockMvc mvc, String token) {
		this.mvc = mvc;
		this.token = token;
	}

	public ResultActions call(HttpMethod method, String path, Object body) throws Exception {
		return call(method, path, body, null);
	}

	/** A request made on the version {@code ifMatch} names (the {@code If-Match} header as sent; none when null). */
	public ResultActions call(HttpMethod method, String path, Object body, String ifMatch) throws Exception {
		var builder = request(method, path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (ifMatch != null) {
			builder.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			builder.contentType(MediaType.APPLICATION_JSON)
				.content(body instanceof String s ? s : JSON.writeValueAsString(body));
		}
		return mvc.perform(builder);
	}

	public ResultActions get(String path) throws Exception {
		return call(HttpMethod.GET, path, null);
	}

	public ResultActions post(String path, Object body) throws Exception {
		return call(HttpMethod.POST, path, body);
	}

	public ResultActions put(String path, Object body) throws Exception {
		return call(HttpMethod.PUT, path, body);
	}

	/** A change made on the version {@code ifMatch} names (the {@code If-Match} header as sent). */
	public ResultActions put(String path, Object body, String ifMatch) throws Exception {
		return call(HttpMethod.PUT, path, body, ifMatch);
	}

	public static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
