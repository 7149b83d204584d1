// Bundles src/main.ts into build/Code.js. gas-webpack-plugin turns every `global.name = fn`
// in src/main.ts into a top-level `function name()` stub that Apps Script can see.
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const { BannerPlugin } = require('webpack');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/main.ts',
  devtool: false,
  target: ['web', 'es2019'],
  output: { path: path.resolve(__dirname, 'build'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2019' } }],
  },
  // Readable output: Apps Script shows stack traces against this file, and it stays small anyway.
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    new GasPlugin({ comment: true }),
    // Least privilege: the add-in only ever touches the spreadsheet it is bound to.
    new BannerPlugin({ banner: '/** @OnlyCurrentDoc */', raw: true, entryOnly: true }),
  ],
};
