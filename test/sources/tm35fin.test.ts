import { expect } from '@open-wc/testing';
import { tm35finToWgs84 } from '../../src/sources/tm35fin.js';

const RAD = Math.PI / 180;
/** Metres per degree of latitude in Finland, and of longitude at a latitude (a sphere suffices for a tolerance). */
const metresNorth = (dLat: number): number => Math.abs(dLat) * 111_320;
const metresEast = (dLon: number, lat: number): number => Math.abs(dLon) * 111_320 * Math.cos(lat * RAD);

/**
 * An independent forward projection (geographic → TM35FIN), written from the
 * Krüger series for the forward direction, to check the inverse by round trips
 * over the whole country.
 */
function forward(lat: number, lon: number): { n: number; e: number } {
  const f = 1 / 298.257222101;
  const e = Math.sqrt(f * (2 - f));
  const n = f / (2 - f);
  const a1 = (6378137 / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const h = [
    n / 2 - (2 / 3) * n ** 2 + (5 / 16) * n ** 3 + (41 / 180) * n ** 4,
    (13 / 48) * n ** 2 - (3 / 5) * n ** 3 + (557 / 1440) * n ** 4,
    (61 / 240) * n ** 3 - (103 / 140) * n ** 4,
    (49561 / 161280) * n ** 4,
  ];
  const phi = lat * RAD;
  const l = (lon - 27) * RAD;
  const q = Math.asinh(Math.tan(phi)) - e * Math.atanh(e * Math.sin(phi));
  const beta = Math.atan(Math.sinh(q));
  const eta0 = Math.atanh(Math.cos(beta) * Math.sin(l));
  const xi0 = Math.asin(Math.sin(beta) * Math.cosh(eta0));
  let xi = xi0;
  let eta = eta0;
  for (let j = 1; j <= 4; j++) {
    xi += h[j - 1]! * Math.sin(2 * j * xi0) * Math.cosh(2 * j * eta0);
    eta += h[j - 1]! * Math.cos(2 * j * xi0) * Math.sinh(2 * j * eta0);
  }
  return { n: a1 * xi * 0.9996, e: a1 * eta * 0.9996 + 500_000 };
}

describe('ETRS-TM35FIN → WGS84', () => {
  it('gives the published geographic coordinates of JHS 197 point G4 (Geta, Åland) within a centimetre', () => {
    // JHS 197, appendix 3: N 6 715 706.37705, E 106 256.35958 ↔ φ 1.053918934084532 rad, λ 0.346415337004409 rad.
    const geo = tm35finToWgs84(6715706.37705, 106256.35958)!;
    const lat = 1.053918934084532 / RAD;
    const lon = 0.346415337004409 / RAD;
    expect(metresNorth(geo.lat - lat)).to.be.below(0.01);
    expect(metresEast(geo.lon - lon, lat)).to.be.below(0.01);
    // The same point in degrees, minutes and seconds: 60° 23′ 06.38474″ N, 19° 50′ 53.29237″ E.
    expect(metresNorth(geo.lat - (60 + 23 / 60 + 6.38474 / 3600))).to.be.below(0.01);
    expect(metresEast(geo.lon - (19 + 50 / 60 + 53.29237 / 3600), lat)).to.be.below(0.01);
  });

  it('checks the independent forward projection against the same published point', () => {
    const { n, e } = forward(60 + 23 / 60 + 6.38474 / 3600, 19 + 50 / 60 + 53.29237 / 3600);
    // JHS 197, appendix 3: N 6 715 706.37708, E 106 256.35961.
    expect(Math.abs(n - 6715706.37708)).to.be.below(0.001);
    expect(Math.abs(e - 106256.35961)).to.be.below(0.001);
  });

  it('round-trips points across Finland to within a millimetre', () => {
    for (const [lat, lon] of [
      [60.1699, 24.9384], // Helsinki
      [65.0121, 25.4651], // Oulu
      [69.9075, 27.0287], // Utsjoki
      [60.0973, 19.9348], // Mariehamn
      [62.6, 31.5], // the eastern border
      [68.4, 21.0], // Kilpisjärvi
    ] as const) {
      const { n, e } = forward(lat, lon);
      const geo = tm35finToWgs84(n, e)!;
      expect(metresNorth(geo.lat - lat), `${lat}, ${lon}`).to.be.below(0.001);
      expect(metresEast(geo.lon - lon, lat), `${lat}, ${lon}`).to.be.below(0.001);
    }
  });

  it('refuses values that are not a TM35FIN pair', () => {
    expect(tm35finToWgs84(Number.NaN, 385000)).to.equal(undefined);
    expect(tm35finToWgs84(60.17, 24.94)).to.equal(undefined); // degrees, not metres
    expect(tm35finToWgs84(385000, 6672000)).to.equal(undefined); // easting and northing swapped
  });
});
