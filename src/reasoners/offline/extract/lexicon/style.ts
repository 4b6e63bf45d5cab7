import { lexicon } from './index.js';

/** Units, formats, currencies and display modes a user may ask for. */
export const UNITS = lexicon(
  'unit',
  `acres|hectares|inches|centimetres|centimeters|celsius|fahrenheit|°c|°f|metric|imperial|metres|meters|feet|miles|kilometres|kilometers|km|kg|kilos|pounds|lbs|stone|litres|liters|gallons|cups|grams|ounces|24-hour|24 hour|24h|24-hour time|24 hour clock|12-hour|12 hour|am/pm|dd/mm/yyyy|dd / mm / yyyy|mm/dd/yyyy|mm / dd / yyyy|yyyy-mm-dd|iso dates|iso 8601|day-month-year|naira|dollars|usd|cad|aud|nzd|pounds sterling|gbp|euros|eur|rand|zar|rupees|inr|cedis|shillings|kes|pesos|yen|dark mode|light mode|large text|dyslexia-friendly font`,
);

/** Ways to be reached ("contact me by text message", "best to reach me on WhatsApp"). */
export const CHANNELS = lexicon(
  'channel',
  `text message|text messages|text|texts|sms|email|e-mail|emails|whatsapp|whats app|signal|telegram|imessage|messenger|phone|phone call|phone calls|telephone|landline|mobile|voicemail|letter|letters|post|video call|video calls|zoom|teams|slack|dm|dms`,
);
