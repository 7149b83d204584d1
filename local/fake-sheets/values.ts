// Values built in the script: rich text and data-validation rules.
import type { GRichTextValue } from './types';

export class RichTextValue implements Pick<GRichTextValue, 'getText' | 'getLinkUrl'> {
  text: string;
  link: string | null;
  constructor(text: string, link: string | null) {
    this.text = text;
    this.link = link;
  }
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link || null;
  }
}

export class DataValidation {
  values: string[];
  allowInvalid: boolean;
  constructor(values: string[], allowInvalid: boolean) {
    this.values = values;
    this.allowInvalid = allowInvalid;
  }
}
