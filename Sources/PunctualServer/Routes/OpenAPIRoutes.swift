import Hummingbird

/// `GET /openapi.yaml`: the API's description.
enum OpenAPIRoutes {
    static func add(to router: Router<APIRequestContext>) {
        router.get("openapi.yaml") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "application/yaml; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
        }
    }
}
