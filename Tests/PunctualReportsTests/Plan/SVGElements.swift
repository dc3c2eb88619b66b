import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG fragment read back with an XML parser, for tests that check what was drawn rather than
/// how the text looks. Parsing also proves the fragment is well-formed XML.
struct SVGElements {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// Names of the enclosing elements, outermost first.
        var ancestors: [String]
        /// `data-tech` of the nearest enclosing element that has one.
        var tech: String?
        /// The sum of the enclosing elements' `translate(x y)` transforms.
        var offset: (x: Double, y: Double)

        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    }

    var elements: [Element]
    /// The `viewBox` of the root element: minimum x, minimum y, width, height.
    var viewBox: (x: Double, y: Double, width: Double, height: Double)

    init?(_ text: String) {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse(), let root = collector.elements.first,
              let box = root.attributes["viewBox"]?.split(separator: " ").compactMap({ Double($0) }), box.count == 4
        else { return nil }
        elements = collector.elements
        viewBox = (box[0], box[1], box[2], box[3])
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Every point drawn: circle centres, rectangle corners and polyline vertices.
    var drawnPoints: [(x: Double, y: Double)] {
        var points: [(Double, Double)] = []
        for element in elements {
            switch element.name {
            case "circle":
                if let x = element.number("cx"), let y = element.number("cy") {
                    points.append((x + element.offset.x, y + element.offset.y))
                }
            case "rect":
                if let x = element.number("x"), let y = element.number("y"), let w = element.number("width"),
                   let h = element.number("height"), element.ancestors.last != "pattern" {
                    points += [(x + element.offset.x, y + element.offset.y),
                               (x + w + element.offset.x, y + h + element.offset.y)]
                }
            case "polyline":
                for pair in (element.attributes["points"] ?? "").split(separator: " ") {
                    let xy = pair.split(separator: ",").compactMap { Double($0) }
                    if xy.count == 2 { points.append((xy[0] + element.offset.x, xy[1] + element.offset.y)) }
                }
            default: break
            }
        }
        return points
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [(name: String, tech: String?, offset: (x: Double, y: Double))] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let tech = attributes["data-tech"] ?? stack.last?.tech
            let outer: (x: Double, y: Double) = stack.last?.offset ?? (0, 0)
            elements.append(Element(name: name, attributes: attributes, ancestors: stack.map(\.name), tech: tech, offset: outer))
            var offset = outer
            if let transform = attributes["transform"], transform.hasPrefix("translate(") {
                let numbers = transform.dropFirst("translate(".count).dropLast()
                    .split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                if numbers.count == 2 { offset = (outer.x + numbers[0], outer.y + numbers[1]) }
            }
            stack.append((name, tech, offset))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }
}
