import Foundation
import Glean
import Prometheus

/// The Prometheus metrics of `GET /metrics`: requests by route and status, request latency, documents, bytes
/// and facts by type extracted, reloads by outcome.
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let latencyBuckets: [Duration] = [.milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
                                              .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10)]
    private let documents: Counter
    private let bytes: Counter

    init() {
        documents = registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "glean_documents_total", helpText: "Documents extracted"))
        bytes = registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "glean_document_bytes_total", helpText: "Bytes of the documents extracted"))
    }

    /// Routes are a fixed set, so the label values stay few whatever paths clients send.
    func request(route: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "glean_requests_total", helpText: "HTTP requests by route and status"), labels: [("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: MetricNameDescriptor(metricName: "glean_request_duration_seconds", helpText: "Request latency by route"), labels: [("route", route)], buckets: latencyBuckets).record(duration)
    }

    func extracted(_ facts: [Fact], bytes count: Int) {
        documents.increment()
        bytes.increment(by: Int64(count))
        var byType: [String: Int64] = [:]
        for fact in facts { byType[fact.type, default: 0] += 1 }
        for (type, count) in byType {
            registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "glean_facts_total", helpText: "Facts extracted by type"), labels: [("type", type)]).increment(by: count)
        }
    }

    func reload(_ outcome: String) {
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "glean_reloads_total", helpText: "Pack reloads by outcome"), labels: [("outcome", outcome)]).increment()
    }

    var text: String { registry.emitToString() }
}
