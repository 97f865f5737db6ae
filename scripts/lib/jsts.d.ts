// The few parts of JSTS (the JavaScript port of JTS, the library GEOS follows) the pipeline uses.
declare module 'jsts/dist/jsts.min.js' {
  import type { Geometry as GeoJSON } from 'geojson';
  interface Geometry {
    readonly __jsts: unique symbol;
  }
  const jsts: {
    io: {
      GeoJSONReader: new () => { read(g: GeoJSON): Geometry };
      GeoJSONWriter: new () => { write(g: Geometry): GeoJSON };
    };
    geom: { PrecisionModel: new (scale: number) => unknown };
    operation: {
      valid: {
        IsValidOp: new (g: Geometry) => {
          isValid(): boolean;
          getValidationError(): { getMessage(): string; getCoordinate(): { x: number; y: number } };
        };
      };
    };
    precision: { GeometryPrecisionReducer: { reduce(g: Geometry, pm: unknown): Geometry } };
  };
  export default jsts;
}
