/**
 * ETRS-TM35FIN (EPSG:3067) plane coordinates → geographic coordinates, by the
 * Krüger series of the transverse Mercator projection on the GRS80 ellipsoid
 * (the formulas of the Finnish recommendation JHS 197). The result is ETRS89,
 * which the widgets use as WGS84: the two differ by well under a metre in Finland
 * for a map pin.
 */
import type { Geo } from '../feed/types.js';

const A = 6378137; // GRS80 semi-major axis (m)
const F = 1 / 298.257222101; // GRS80 flattening
const K0 = 0.9996; // scale on the central meridian
const LON0 = (27 * Math.PI) / 180; // central meridian 27° E
const E0 = 500_000; // false easting (m)

const E = Math.sqrt(F * (2 - F)); // first eccentricity
const N = F / (2 - F);
const N2 = N * N;
const N3 = N2 * N;
const N4 = N3 * N;
/** The meridian's rectifying radius. */
const A1 = (A / (1 + N)) * (1 + N2 / 4 + N4 / 64);
/** Coefficients of the inverse series. */
const H = [
  N / 2 - (2 * N2) / 3 + (37 * N3) / 96 - N4 / 360,
  N2 / 48 + N3 / 15 - (437 * N4) / 1440,
  (17 * N3) / 480 - (37 * N4) / 840,
  (4397 * N4) / 161280,
];

/** The band of plane coordinates that covers Finland with a margin; anything else is not a TM35FIN pair. */
const NORTHING = [6_500_000, 7_900_000] as const;
const EASTING = [-100_000, 1_000_000] as const;

/**
 * The latitude and longitude (degrees) of a point given in ETRS-TM35FIN
 * (`northing`, `easting` in metres). Undefined for values that are not finite
 * or lie outside Finland's band of the projection.
 */
export function tm35finToWgs84(northing: number, easting: number): Geo | undefined {
  if (!Number.isFinite(northing) || !Number.isFinite(easting)) return undefined;
  if (northing < NORTHING[0] || northing > NORTHING[1] || easting < EASTING[0] || easting > EASTING[1]) {
    return undefined;
  }
  const xi0 = northing / (A1 * K0);
  const eta0 = (easting - E0) / (A1 * K0);
  let xi = xi0;
  let eta = eta0;
  H.forEach((h, index) => {
    const j = 2 * (index + 1);
    xi -= h * Math.sin(j * xi0) * Math.cosh(j * eta0);
    eta -= h * Math.cos(j * xi0) * Math.sinh(j * eta0);
  });
  // Conformal latitude and the longitude from the central meridian.
  const beta = Math.asin(Math.sin(xi) / Math.cosh(eta));
  const dLon = Math.asin(Math.tanh(eta) / Math.cos(beta));
  // Isometric latitude → geodetic latitude, by fixed-point iteration (converges in a few steps).
  const q = Math.asinh(Math.tan(beta));
  let qq = q + E * Math.atanh(E * Math.tanh(q));
  for (let step = 0; step < 8; step++) {
    const next = q + E * Math.atanh(E * Math.tanh(qq));
    if (Math.abs(next - qq) < 1e-14) break;
    qq = next;
  }
  return { lat: (Math.atan(Math.sinh(qq)) * 180) / Math.PI, lon: ((LON0 + dLon) * 180) / Math.PI };
}
