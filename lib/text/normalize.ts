// Normalisation that keeps offsets: every output character stands for exactly one input
// character, so a match found in normalised text quotes the original at the same offsets.

// Traditional → simplified, character by character, for the characters the phrase lists and
// consultations use. Pairs are "traditional simplified". Extend here, not in rules.
const T2S_PAIRS =
  '醫医 藥药 師师 診诊 療疗 門门 們们 會会 這这 說说 話话 謝谢 請请 問问 題题 嗎吗 麼么 為为 點点 還还 沒没 與与 對对 應应 ' +
  '該该 當当 時时 間间 後后 來来 過过 裡里 裏里 開开 關关 係系 體体 檢检 查查 驗验 腦脑 臟脏 腎肾 葉叶 壓压 血血 糖糖 ' +
  '蘭兰 嘗尝 覺觉 夠够 給给 讓让 幫帮 兒儿 見见 現现 實实 話话 認认 識识 議议 建建 壞坏 慮虑 擔担 憂忧 張张 緊紧 ' +
  '鬆松 難难 過过 歡欢 樂乐 愛爱 順顺 頭头 痛痛 燒烧 熱热 咳咳 嗽嗽 喘喘 氣气 腫肿 癢痒 瘡疮 傷伤 隨随 聯联 繫系 ' +
  '復复 複复 療疗 狀状 況况 況况 態态 續续 線线 網网 號号 掛挂 約约 預预 約约 診诊 門门 醫医 院院 術术 測测 評评 ' +
  '量量 表表 電电 圖图 腦脑 導导 論论 斷断 輕轻 重重 嚴严 減减 增增 劑剂 膠胶 囊囊 顆颗 粒粒 錠锭 針针 靜静 脈脉 ' +
  '處处 方方 單单 據据 據据 歷历 紀纪 錄录 記记 憶忆 緒绪 憂忧 鬱郁 焦焦 慮虑 強强 迫迫 睡睡 眠眠 夢梦 殺杀 輕轻 ' +
  '車车 東东 西西 長长 陽阳 陰阴 發发 髮发 腸肠 胃胃 癥症 證证 狀状 經经 驗验 結结 果果 報报 告告 尿尿 便便 ' +
  '孕孕 婦妇 嬰婴 兒儿 歲岁 級级 據据 極极 積积 習习 慣惯 調调 節节 適适 應应 舒舒 服服 飲饮 食食 運运 動动 ' +
  '煩烦 惱恼 氣气 憤愤 傷伤 心心 願愿 聽听 讀读 寫写 買买 賣卖 錢钱 貴贵 費费 務务 員员 專专 業业 傳传 統统 ' +
  '總总 務务 樣样 種种 麼么 幾几 哪哪 誰谁 嗎吗 呢呢 啊啊 吧吧 呀呀 囉啰 麵面 隻只 則则 從从 須须 讓让 並并 ' +
  '儘尽 盡尽 纔才 祇只 於于 雖虽 然然 卻却 甚甚 無无 誤误 錯错 確确 準准 備备 觀观 察察 護护 養养 衛卫 生生 ' +
  '週周 鐘钟 號号 碼码 態态 遲迟 晚晚 歉歉 抱抱 久久 讓让 候候 等等 慢慢 忙忙 診诊 複复 詢询 諮咨 顧顾 慮虑 ' +
  '舍舍 曲曲 林林 帕帕 羅罗 西西 汀汀 艾艾 司司 酞酞 普普 蘭兰 文文 拉拉 法法 辛辛 度度 洛洛 米米 氮氮 平平 ' +
  '喹喹 硫硫 奧奥 阿阿 立立 哌哌 唑唑 丙丙 戊戊 酸酸 鎂镁 碳碳 鋰锂 勞劳 西西 泮泮 右右 佐佐 匹匹 克克 隆隆 ' +
  '劑剂 顆颗 蟲虫 腎肾 臉脸 膚肤 癥症 鬱郁 盡尽 險险 緊紧 急急 救救 撥拨 訴诉 協协 們们 邊边 陪陪 殘残 亂乱 ' +
  // Empathy, closing, referral and stock-advice phrases (rules-h2).
  '別别 諒谅 參参 僅仅 鍛锻 煉炼 規规 膩腻 煙烟 營营 轉转 癒愈 鑑鉴 眾众 監监 鏡镜 懼惧 責责 驚惊 嚇吓 絕绝 潰溃' +
  // Drug names of the lexicon, risk and apology phrases (rules-h1).
  ' 環环 侖仑 雙双 維维 連连 醯酰 魯鲁 黴霉 韋韦 潑泼 龍龙 羥羟 華华 爾尔 纈缬 貝贝 島岛 齊齐 優优 巰巯 撲扑 馬马 噸吨 賽赛 諾诺 達达 悅悦 擇择 絡络 靈灵 寧宁 萬万 鈉钠 暈晕 樓楼 尋寻 兩两 個个';

const T2S = new Map<string, string>();
for (const pair of T2S_PAIRS.split(' ')) {
  const [t, s] = [...pair];
  if (t && s && t !== s) T2S.set(t, s);
}

/** Lower-case ASCII, full-width ASCII and ideographic space to half-width, traditional Han to
 *  simplified. Same length as the input, offset for offset. */
export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0).toLowerCase();
    } else if (code === 0x3000) {
      out += ' ';
    } else if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    } else {
      out += T2S.get(ch) ?? ch;
    }
  }
  return out;
}

const HAN = /\p{Script=Han}/u;
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Share of Han characters among letters (Han + Latin), 0 when there are none. */
export function hanShare(text: string): number {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (isHan(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han + latin === 0 ? 0 : han / (han + latin);
}
