package dev.ordo.bench.datagen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A minimal client of Ordo's JSON API, for the parts of the data that must go through the app (workflows). */
public final class ApiClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	public ApiClient(String baseUrl) {
		if (!baseUrl.startsWith("http://127.0.0.1") && !baseUrl.startsWith("http://localhost")) {
			throw new IllegalArgumentException("The generator only talks to an app on this machine, not " + baseUrl);
		}
		this.baseUrl = baseUrl;
	}

	public static final class ApiError extends RuntimeException {
		public final int status;

		ApiError(String message, int status) {
			super(message);
			this.status = status;
		}
	}

	public JsonNode call(String method, String path, String token, Object body, int expected)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token).header("Accept", "application/json");
		if (body != null) {
			b.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			b.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new ApiError(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())), response.statusCode());
		}
		return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
	}
}
