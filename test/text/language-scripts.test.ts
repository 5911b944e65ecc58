/**
 * A declared language written in its own script is not contradicted by franc's guess: on
 * clickhouse-docs (2026-11-30) 181 Persian pages were reported as Arabic (franc compares no
 * Persian here), Chinese pages as Japanese and Japanese build pages as Portuguese. English text
 * under a declared Russian or Persian lang still is a contradiction (untranslated pages).
 */
import { describe, expect, it } from 'vitest';
import { readLanguage } from '../../src/text/language.js';

const english = 'This changelog lists the changes of each release of the server: new features, bug fixes, performance improvements and backward incompatible changes that you should know about before upgrading your cluster.';

describe('a declared language against the text', () => {
  it('keeps Persian written in Arabic script', () => {
    const fa = 'کلیک هاوس یک سیستم مدیریت پایگاه داده ستون گرا برای پردازش تحلیلی آنلاین است که به شما اجازه می دهد گزارش های تحلیلی را در زمان واقعی تولید کنید';
    expect(readLanguage(fa, 'fa', null).contradicts).toBe(false);
  });

  it('keeps Chinese written in Han characters, and Japanese with its kana among English commands', () => {
    const zh = 'C++客户端库 ClickHouse文档 请参阅 clickhouse-cpp 存储库的自述文件 这是一个用于访问数据库的客户端库 支持所有的数据类型和压缩方法';
    expect(readLanguage(zh, 'zh', null).contradicts).toBe(false);
    const ja = 'Mac OS XでClickHouseを構築する方法 brew install cmake ninja libtool gettext git clone --recursive https://github.com/ClickHouse/ClickHouse.git cd ClickHouse mkdir build cd build cmake .. -DCMAKE_CXX_COMPILER=clang++ ninja';
    expect(readLanguage(ja, 'ja', null).contradicts).toBe(false);
    // Mojibake in a Chinese description (half-width katakana) does not make the page Japanese.
    const mojibake = 'C ++客户端库 ClickHouse文档 请参阅以下网站的自述文件ﾂ暗ｪﾂ氾环催ﾂ団资料库 客户端库 版本 最新消息 导言 采用者 ClickHouse历史 ClickHouse的独特功能 性能 数据库引擎';
    expect(readLanguage(mojibake, 'zh', null).contradicts).toBe(false);
  });

  it('reports English text under a declared Russian or Persian lang', () => {
    expect(readLanguage(english, 'ru', null)).toMatchObject({ contradicts: true, detected: 'en' });
    expect(readLanguage(english, 'fa', null)).toMatchObject({ contradicts: true, detected: 'en' });
  });
});
